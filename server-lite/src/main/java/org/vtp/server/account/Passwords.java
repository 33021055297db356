package org.vtp.server.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt hashing with Bouncy Castle's {@link OpenBSDBCrypt} ({@code $2b$}, 16-byte salt). Cost 12
 * is the floor in production (about a quarter second a hash on the build machine); tests may use a
 * lower one. Verification against an unknown account still pays one hash, so timing does not
 * tell whether an email exists. Passwords are never logged.
 */
public final class Passwords {

    public static final int DEFAULT_COST = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    private final SecureRandom random;
    private final String decoy;

    public Passwords(int cost, SecureRandom random) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, was " + cost);
        }
        this.cost = cost;
        this.random = random;
        this.decoy = hash("decoy password for unknown accounts");
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    /** Constant-time in the hash comparison (Bouncy Castle compares every byte). */
    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            OpenBSDBCrypt.checkPassword(hash, "x".toCharArray());
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException damaged) {
            return false;
        }
    }

    /** Spends the time of one check without an account, so unknown emails answer as slowly. */
    public void burn(String password) {
        matches(password, decoy);
    }

    public int cost() {
        return cost;
    }
}
