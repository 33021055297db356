package org.vtp.server.account;

import java.util.regex.Pattern;

/** Checks of user-supplied account fields; each refusal is an {@code INVALID_ARGUMENT}. */
final class Inputs {

    /** Deliberately loose (RFC 5321 allows far more): something@host.tld without spaces, 254 at most. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 64;

    private Inputs() {
    }

    static String email(String email) throws AccountException {
        if (email == null || email.strip().length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches()) {
            throw invalid("email must look like name@example.org (at most " + MAX_EMAIL + " characters)");
        }
        return UserStore.normalEmail(email);
    }

    /** A display name: 1-64 code points after trimming, no control characters. */
    static String displayName(String name) throws AccountException {
        String trimmed = name == null ? "" : name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < 1 || length > MAX_NAME || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("displayName must be 1-" + MAX_NAME + " characters without control characters");
        }
        return trimmed;
    }

    static void present(String value, String field) throws AccountException {
        if (value == null || value.isEmpty()) {
            throw invalid(field + " is required");
        }
    }

    static AccountException invalid(String message) {
        return new AccountException(AccountException.Code.INVALID_ARGUMENT, message);
    }
}
