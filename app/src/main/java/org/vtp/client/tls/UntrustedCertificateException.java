package org.vtp.client.tls;

import java.security.cert.CertificateException;

/**
 * No certificate authority of the JVM vouches for the server's certificate, and none is pinned
 * for it: a teacher's self-signed certificate seen for the first time. The handshake is aborted.
 */
public final class UntrustedCertificateException extends CertificateException {
    private final String presentedSha256;

    public UntrustedCertificateException(PresentedCertificate presented, Throwable cause) {
        super("no certificate authority vouches for the server's certificate " + presented.shortForm(), cause);
        this.presentedSha256 = presented.sha256Hex();
    }

    public PresentedCertificate presented() {
        return new PresentedCertificate(presentedSha256);
    }
}
