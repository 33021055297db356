package org.vtp.client.tls;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.vtp.server.tls.Fingerprints;

/**
 * A server's leaf certificate as the user compares it: the SHA-256 of its DER encoding, in the
 * short form a teacher reads aloud ({@code 3F2A 91C0 77DE 4B18}) and in full.
 *
 * @param sha256Hex 64 lower-case hex digits
 */
public record PresentedCertificate(String sha256Hex) {
    public PresentedCertificate {
        if (sha256Hex == null || !Fingerprints.SHA256_HEX.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("a SHA-256 fingerprint is 64 lower-case hex digits");
        }
    }

    public static PresentedCertificate of(X509Certificate certificate) {
        try {
            return new PresentedCertificate(Fingerprints.sha256Hex(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    /** The first 64 bits in four groups: what the teacher's screen shows to read aloud. */
    public String shortForm() {
        return Fingerprints.shortForm(sha256Hex);
    }

    /** All 32 bytes, upper-case hex joined by colons (the form browsers show). */
    public String fullForm() {
        return Fingerprints.forDisplay(sha256Hex);
    }
}
