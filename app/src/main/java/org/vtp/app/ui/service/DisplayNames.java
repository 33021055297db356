package org.vtp.app.ui.service;

import java.util.Optional;

/** The display-name rule of protocol.md's {@code join-room}: 1-64 code points after trimming, no control characters. */
public final class DisplayNames {
    public static final int MAX_CODE_POINTS = 64;

    private DisplayNames() {
    }

    /** Why {@code name} cannot be used, or empty when it can. */
    public static Optional<String> problem(String name) {
        String s = name == null ? "" : name.strip();
        if (s.isEmpty()) {
            return Optional.of("Enter your name");
        }
        if (s.codePointCount(0, s.length()) > MAX_CODE_POINTS) {
            return Optional.of("Name is longer than " + MAX_CODE_POINTS + " characters");
        }
        if (s.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("Name contains control characters");
        }
        return Optional.empty();
    }
}
