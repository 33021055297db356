package org.vtp.server.account;

import java.time.Duration;
import java.util.Optional;

/** A refused account operation; the code maps to an HTTP status, the message is for humans. */
public final class AccountException extends Exception {

    /** Why; the REST layer maps each to one status (rest-api.md). */
    public enum Code {
        INVALID_ARGUMENT,
        BAD_CREDENTIALS,
        THROTTLED,
        EMAIL_TAKEN,
        REGISTRATION_CLOSED,
        INVALID_TOKEN,
        EXPIRED_TOKEN,
        REVOKED_TOKEN,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Code code;
    private final Duration retryAfter;

    public AccountException(Code code, String message) {
        this(code, message, null);
    }

    private AccountException(Code code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public static AccountException throttled(Duration retryAfter) {
        return new AccountException(Code.THROTTLED, "too many attempts; try again later", retryAfter);
    }

    public Code code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
