package org.vtp.server.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Join codes like {@code k7m-q2x-9fp}: nine characters from a 31-letter alphabet without look-alikes
 * (no 0/o, 1/l/i) in three groups, so they can be read aloud and typed. 31^9 ≈ 2.6 × 10^13
 * (about 44.6 bits): at the rate-limited 30 lookups a minute per address, guessing one of even a
 * thousand live codes takes longer than a million years from one address.
 */
public final class JoinCodes {

    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    static final int LENGTH = 9;
    private static final int GROUP = 3;

    private JoinCodes() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The canonical form of what someone typed: case, spaces and dashes do not matter. Empty if it
     * cannot be a code (wrong length or a character outside the alphabet).
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 32) {
            return Optional.empty();
        }
        StringBuilder letters = new StringBuilder(LENGTH);
        for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0 || letters.length() == LENGTH) {
                return Optional.empty();
            }
            letters.append(c);
        }
        if (letters.length() != LENGTH) {
            return Optional.empty();
        }
        return Optional.of(letters.substring(0, 3) + "-" + letters.substring(3, 6) + "-" + letters.substring(6));
    }
}
