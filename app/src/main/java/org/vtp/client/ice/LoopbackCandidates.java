package org.vtp.client.ice;

import java.util.Optional;

/**
 * Turns a locally gathered candidate into the one to announce in {@link NetworkMode#LOOPBACK}.
 *
 * <p>In that mode every UDP socket is bound to the wildcard address (see {@link NetworkMode}), so
 * replacing the connection address of an IPv4 UDP host candidate with 127.0.0.1 names the same
 * socket by an address it really answers on. Other candidates (IPv6, TCP, server-reflexive,
 * relay) are dropped. Candidate grammar: RFC 8839 section 5.1:
 * {@code candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type> ...}.
 */
public final class LoopbackCandidates {
    private static final int ADDRESS = 4;
    private static final int TRANSPORT = 2;
    private static final int MIN_FIELDS = 8;

    private LoopbackCandidates() {
    }

    /** @return the rewritten candidate line, or empty when it must not be announced */
    public static Optional<String> rewrite(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String[] f = candidate.trim().split(" ");
        if (f.length < MIN_FIELDS || !f[0].startsWith("candidate:")
                || !"udp".equalsIgnoreCase(f[TRANSPORT]) || !"typ".equals(f[6]) || !"host".equals(f[7])
                || !isIpv4(f[ADDRESS])) {
            return Optional.empty();
        }
        f[ADDRESS] = "127.0.0.1";
        return Optional.of(String.join(" ", f));
    }

    /** Announces candidates unchanged in {@link NetworkMode#SYSTEM}, rewritten in loopback mode. */
    public static Optional<String> forMode(NetworkMode mode, String candidate) {
        return mode == NetworkMode.LOOPBACK ? rewrite(candidate) : Optional.ofNullable(candidate);
    }

    private static boolean isIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
