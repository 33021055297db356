package org.vtp.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.vtp.server.store.Jdbc;

/**
 * Opaque refresh tokens: 32 random bytes (base64url) handed out once, stored only as their SHA-256.
 * Each use rotates: the presented token is marked rotated and a new one of the same family is
 * issued. Presenting a rotated token again means it was stolen (or replayed): the whole family is
 * revoked, so the thief's and the owner's sessions both end (OAuth 2.0 Security BCP, RFC 9700
 * section 4.14.2).
 */
public final class RefreshTokenStore {

    public static final Duration TTL = Duration.ofDays(30);

    /** What presenting a refresh token led to. */
    public sealed interface Outcome {
        /** Rotated: the new token and the user it belongs to. */
        record Rotated(String userId, String token) implements Outcome { }

        /** Unknown, expired or revoked: nothing changed. */
        record Refused(AccountException.Code why) implements Outcome { }

        /** A rotated token came back: its family is now revoked. */
        record Reused(String userId) implements Outcome { }
    }

    private record Stored(String userId, String familyId, Instant expiresAt, boolean rotated, boolean revoked) { }

    private final DataSource db;
    private final Clock clock;
    private final SecureRandom random;

    public RefreshTokenStore(DataSource db, Clock clock, SecureRandom random) {
        this.db = db;
        this.clock = clock;
        this.random = random;
    }

    /** A new family (a login). */
    public String issue(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return insert(c, userId, UUID.randomUUID().toString());
        }
    }

    /** Rotates {@code token} in one transaction; see {@link Outcome}. */
    public Outcome rotate(String token) throws SQLException {
        String hash = hash(token);
        return Jdbc.inTransaction(db, c -> {
            List<Stored> found = Jdbc.query(c, row -> new Stored(row.getString(1), row.getString(2),
                            Jdbc.instant(row, "expires_at"), row.getBoolean(4), row.getBoolean(5)),
                    "SELECT user_id, family_id, expires_at, rotated, revoked FROM refresh_tokens "
                            + "WHERE token_hash = ? FOR UPDATE", hash);
            if (found.isEmpty()) {
                return new Outcome.Refused(AccountException.Code.INVALID_TOKEN);
            }
            Stored stored = found.get(0);
            if (stored.revoked()) {
                return new Outcome.Refused(AccountException.Code.REVOKED_TOKEN);
            }
            if (stored.rotated()) {
                Jdbc.update(c, "UPDATE refresh_tokens SET revoked = TRUE WHERE family_id = ?", stored.familyId());
                return new Outcome.Reused(stored.userId());
            }
            if (!clock.instant().isBefore(stored.expiresAt())) {
                return new Outcome.Refused(AccountException.Code.EXPIRED_TOKEN);
            }
            Jdbc.update(c, "UPDATE refresh_tokens SET rotated = TRUE WHERE token_hash = ?", hash);
            return new Outcome.Rotated(stored.userId(), insert(c, stored.userId(), stored.familyId()));
        });
    }

    /** Logout: revokes the family of {@code token}. @return the user id, or null if unknown */
    public String revokeFamily(String token) throws SQLException {
        return Jdbc.inTransaction(db, c -> {
            List<String[]> found = Jdbc.query(c, row -> new String[] {row.getString(1), row.getString(2)},
                    "SELECT user_id, family_id FROM refresh_tokens WHERE token_hash = ?", hash(token));
            if (found.isEmpty()) {
                return null;
            }
            Jdbc.update(c, "UPDATE refresh_tokens SET revoked = TRUE WHERE family_id = ?", found.get(0)[1]);
            return found.get(0)[0];
        });
    }

    /** Ends every session of a user (password change, disabling). */
    public void revokeAll(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            Jdbc.update(c, "UPDATE refresh_tokens SET revoked = TRUE WHERE user_id = ?", userId);
        }
    }

    private String insert(Connection c, String userId, String familyId) throws SQLException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Jdbc.update(c, "INSERT INTO refresh_tokens (token_hash, user_id, family_id, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", hash(token), userId, familyId, now, now.plus(TTL));
        return token;
    }

    /** Tokens are 256 random bits: a plain SHA-256 is enough (no dictionary to slow down). */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
