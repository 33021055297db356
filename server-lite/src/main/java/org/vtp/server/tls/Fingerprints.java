package org.vtp.server.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprints of DER certificates: lower-case hex without separators for links and
 * pinning, upper-case colon-joined for people (the form browsers show).
 */
public final class Fingerprints {

    /** 64 lower-case hex digits: the canonical form. */
    public static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private Fingerprints() {
    }

    /** SHA-256 of {@code der}, 64 lower-case hex digits. */
    public static String sha256Hex(byte[] der) {
        return HexFormat.of().formatHex(sha256(der));
    }

    /** {@code ab12...} → {@code AB:12:...}, for display. */
    public static String forDisplay(String sha256Hex) {
        if (!SHA256_HEX.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex fingerprint");
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(sha256Hex));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
