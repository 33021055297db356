package org.vtp.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import org.vtp.server.auth.Role;

/**
 * The one-time setup of the first admin: when the server starts with no users it makes a random
 * setup token (kept in memory only, printed as a link for the operator). Whoever holds it may
 * create the admin account once; then the token is gone. A restart with still no users prints a
 * new one.
 */
public final class FirstAdminSetup {

    private final AccountService accounts;
    private String token;

    public FirstAdminSetup(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Makes the token if the server has no users yet; empty otherwise. */
    public synchronized Optional<String> open(SecureRandom random) throws SQLException {
        if (accounts.hasUsers()) {
            token = null;
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return Optional.of(token);
    }

    /** Open until used, or until any account exists (an embedded host makes its own admin). */
    public synchronized boolean isOpen() {
        try {
            if (token != null && accounts.hasUsers()) {
                token = null;
            }
        } catch (SQLException e) {
            return false;
        }
        return token != null;
    }

    /** Creates the admin if {@code presented} is the setup token (compared in constant time). */
    public synchronized User complete(String presented, String email, String displayName, String password,
                                      String address) throws AccountException, SQLException {
        if (token == null || presented == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new AccountException(AccountException.Code.FORBIDDEN, "setup link invalid or already used");
        }
        if (accounts.hasUsers()) {
            token = null;
            throw new AccountException(AccountException.Code.FORBIDDEN, "setup link invalid or already used");
        }
        User admin = accounts.createUser(null, email, displayName, password, Role.ADMIN, address);
        token = null;
        return admin;
    }
}
