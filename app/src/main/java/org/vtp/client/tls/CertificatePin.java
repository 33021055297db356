package org.vtp.client.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * Trust in exactly one server certificate, named by the SHA-256 of its DER encoding (the
 * fingerprint a join link carries, or one the user trusted on first use): the host's self-signed
 * certificate, with no certificate authority involved. {@link ServerTrust#pinned} turns it into
 * the connection's trust manager.
 */
public final class CertificatePin {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final byte[] sha256;

    private CertificatePin(byte[] sha256) {
        this.sha256 = sha256;
    }

    /** @param hex 64 hex digits (either case) */
    public static CertificatePin sha256(String hex) {
        String lower = hex == null ? "" : hex.toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(lower).matches()) {
            throw new IllegalArgumentException("a SHA-256 pin is 64 hex digits");
        }
        return new CertificatePin(HexFormat.of().parseHex(lower));
    }

    /** Whether {@code certificate}'s DER encoding has the pinned SHA-256 (constant-time compare). */
    public boolean matches(X509Certificate certificate) {
        try {
            byte[] actual = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return MessageDigest.isEqual(actual, sha256);
        } catch (NoSuchAlgorithmException | CertificateException e) {
            return false;
        }
    }

    /** The pinned SHA-256, 64 lower-case hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** Makes {@code builder}'s clients trust only the pinned certificate ({@link ServerTrust#pinned}). */
    public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        return ServerTrust.pinned(this).applyTo(builder);
    }

    @Override
    public String toString() {
        return "CertificatePin[sha256=" + hex() + "]";
    }
}
