package org.vtp.sfu.dtls;

import org.bouncycastle.tls.CipherSuite;

/** The suites both roles offer: ECDHE with ECDSA only, AEAD first (our certificate is ECDSA). */
final class CipherSuites {

    static final int[] ECDSA_ONLY = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    };

    private CipherSuites() {
    }
}
