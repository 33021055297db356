package org.vtp.server.tls;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A server certificate with its private key, as the PKCS12 bytes netty-socketio loads, and the
 * certificate's fingerprint. Immutable; the getters return copies.
 */
public final class TlsIdentity {

    /** Key store type of {@link #keyStoreBytes()}. */
    public static final String KEY_STORE_TYPE = "PKCS12";

    private final X509Certificate certificate;
    private final byte[] keyStore;
    private final String password;
    private final String fingerprint;

    TlsIdentity(X509Certificate certificate, byte[] keyStore, String password) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.keyStore = keyStore.clone();
        this.password = Objects.requireNonNull(password, "password");
        this.fingerprint = Fingerprints.sha256Hex(der(certificate));
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PKCS12 key store (one key entry: this certificate and its key). */
    public byte[] keyStoreBytes() {
        return keyStore.clone();
    }

    public String keyStorePassword() {
        return password;
    }

    /** SHA-256 of the DER certificate, 64 lower-case hex digits (what join links carry). */
    public String fingerprintSha256() {
        return fingerprint;
    }

    /** The fingerprint as people compare it: {@code AB:CD:...}. */
    public String fingerprintForDisplay() {
        return Fingerprints.forDisplay(fingerprint);
    }

    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    @Override
    public String toString() {
        return "TlsIdentity[" + certificate.getSubjectX500Principal() + ", sha256=" + fingerprint + "]";
    }
}
