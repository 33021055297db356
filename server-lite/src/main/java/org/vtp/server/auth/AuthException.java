package org.vtp.server.auth;

/** A token or credential was refused; the code says why, the message is for humans. */
public final class AuthException extends Exception {

    /** Why authentication failed. */
    public enum Code {
        /** Missing, malformed, tampered or signed with another key. */
        INVALID_TOKEN,
        EXPIRED_TOKEN,
        /** Revoked, or its user disabled or removed from the classroom. */
        REVOKED_TOKEN,
        /** Wrong email or password (the same answer for both). */
        BAD_CREDENTIALS,
        /** Too many failures: retry later. */
        THROTTLED
    }

    private final Code code;

    public AuthException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
