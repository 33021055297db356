package org.vtp.server.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprints of DER certificates: lower-case hex without separators for links and
 * pinning, upper-case colon-joined for people (the form browsers show), and a short form a
 * teacher can read aloud to the class.
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

    /**
     * The first 64 bits as four groups of four upper-case hex digits, {@code "3F2A 91C0 77DE 4B18"}:
     * short enough to read aloud and compare with what a browser shows (its first eight bytes),
     * long enough that a forged certificate matching it costs 2^64 work.
     */
    public static String shortForm(String sha256Hex) {
        String display = forDisplay(sha256Hex).replace(":", "");
        return String.join(" ", display.substring(0, 4), display.substring(4, 8),
                display.substring(8, 12), display.substring(12, 16));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
