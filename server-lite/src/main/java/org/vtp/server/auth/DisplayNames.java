package org.vtp.server.auth;

import java.util.Optional;

/** The one rule for names people show to others: 1-64 code points after trimming, no control characters. */
public final class DisplayNames {

    public static final int MAX_LENGTH = 64;

    private DisplayNames() {
    }

    /** @return the trimmed name, or empty if it breaks the rule */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        String name = raw.strip();
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_LENGTH || name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
