package org.vtp.sfu.dtls;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsFatalAlert;

/**
 * Certificate fingerprints as SDP writes them (RFC 8122 §5): {@code <hash-func> <hex:hex:...>},
 * upper-case hex of the hash of the DER certificate.
 */
final class Fingerprint {

    static final String SHA_256 = "sha-256";

    private static final Map<String, String> DIGESTS = Map.of(
            "sha-1", "SHA-1", SHA_256, "SHA-256", "sha-384", "SHA-384", "sha-512", "SHA-512");

    private Fingerprint() {
    }

    /** True if {@code expected} ({@code "sha-256 AB:..."}, hash name and hex in any case) names {@code der}. */
    static boolean matches(String expected, byte[] der) {
        if (expected == null) {
            return false;
        }
        String[] parts = expected.trim().split("\\s+");
        if (parts.length != 2) {
            return false;
        }
        String hashName = parts[0].toLowerCase(Locale.ROOT);
        if (!DIGESTS.containsKey(hashName)) {
            return false;
        }
        byte[] want = hex(hashName, der).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] got = parts[1].toUpperCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(want, got);
    }

    /**
     * The peer's certificate chain must start with the certificate its SDP named (RFC 8842 §5);
     * otherwise the handshake ends with {@code bad_certificate}.
     *
     * @param peer "client" or "server", for the alert's message
     */
    static void requireMatch(String expected, Certificate chain, String peer) throws IOException {
        if (chain == null || chain.isEmpty() || !matches(expected, chain.getCertificateAt(0).getEncoded())) {
            throw new TlsFatalAlert(AlertDescription.bad_certificate, peer + " certificate does not match the SDP fingerprint");
        }
    }

    /** Whether the string is a fingerprint of a supported hash (checked before a handshake starts). */
    static boolean isSupported(String expected) {
        if (expected == null) {
            return false;
        }
        String[] parts = expected.trim().split("\\s+");
        return parts.length == 2 && DIGESTS.containsKey(parts[0].toLowerCase(Locale.ROOT));
    }

    static String hex(String hashName, byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance(DIGESTS.get(hashName)).digest(der);
            StringBuilder out = new StringBuilder(digest.length * 3);
            for (byte b : digest) {
                if (out.length() > 0) {
                    out.append(':');
                }
                out.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
                out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
