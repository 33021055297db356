package org.vtp.server.auth;

/**
 * Whether a user's access token is still good: the account store answers (disabled users, and
 * tokens issued before a password or role change, are refused). Called on every verification.
 */
@FunctionalInterface
public interface RevocationCheck {

    /** Everything valid: for tests and stand-alone token use. */
    RevocationCheck NONE = (subject, tokenVersion) -> false;

    /**
     * @param subject the user id from the token
     * @param tokenVersion the account's token version when the token was issued
     * @return true if the token must be refused
     */
    boolean isRevoked(String subject, int tokenVersion);
}
