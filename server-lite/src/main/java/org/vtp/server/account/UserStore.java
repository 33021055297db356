package org.vtp.server.account;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.vtp.server.auth.Role;
import org.vtp.server.store.Jdbc;

/** The {@code users} table. Emails are kept lower-cased. Thread-safe (one connection per call). */
public final class UserStore {

    private static final String COLUMNS = "id, email, display_name, role, created_at, disabled, token_version";

    private final DataSource db;

    public UserStore(DataSource db) {
        this.db = db;
    }

    /** @return false if the email is taken (the unique index decides, so two racing inserts cannot both win) */
    public boolean insert(User user, String passwordHash) throws SQLException {
        try (Connection c = db.getConnection()) {
            Jdbc.update(c, "INSERT INTO users (" + COLUMNS + ", password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    user.id(), normalEmail(user.email()), user.displayName(), user.role().name(), user.createdAt(),
                    user.disabled(), user.tokenVersion(), passwordHash);
            return true;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    public Optional<User> byId(String id) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM users WHERE id = ?", id);
    }

    public Optional<User> byEmail(String email) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM users WHERE email = ?", normalEmail(email));
    }

    public Optional<String> passwordHash(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return Jdbc.query(c, row -> row.getString(1), "SELECT password_hash FROM users WHERE id = ?", userId)
                    .stream().findFirst();
        }
    }

    /**
     * The access-token revocation rule ({@link org.vtp.server.auth.RevocationCheck}): refused when the
     * user is gone or disabled, or the token predates a password or role change. A store failure refuses.
     */
    public boolean tokenRevoked(String userId, int tokenVersion) {
        try {
            return byId(userId).map(u -> u.disabled() || u.tokenVersion() != tokenVersion).orElse(true);
        } catch (SQLException e) {
            return true;
        }
    }

    public List<User> all() throws SQLException {
        try (Connection c = db.getConnection()) {
            return Jdbc.query(c, UserStore::user, "SELECT " + COLUMNS + " FROM users ORDER BY created_at, email");
        }
    }

    public long count() throws SQLException {
        try (Connection c = db.getConnection()) {
            return Jdbc.query(c, row -> row.getLong(1), "SELECT COUNT(*) FROM users").get(0);
        }
    }

    /** Sets a new hash and moves the token version on (older access tokens die). */
    public void setPasswordHash(String userId, String hash) throws SQLException {
        update("UPDATE users SET password_hash = ?, token_version = token_version + 1 WHERE id = ?", hash, userId);
    }

    public void setRole(String userId, Role role) throws SQLException {
        update("UPDATE users SET role = ?, token_version = token_version + 1 WHERE id = ?", role.name(), userId);
    }

    public void setDisabled(String userId, boolean disabled) throws SQLException {
        update("UPDATE users SET disabled = ?, token_version = token_version + 1 WHERE id = ?", disabled, userId);
    }

    static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection()) {
            Jdbc.update(c, sql, parameters);
        }
    }

    private Optional<User> one(String sql, Object parameter) throws SQLException {
        try (Connection c = db.getConnection()) {
            return Jdbc.query(c, UserStore::user, sql, parameter).stream().findFirst();
        }
    }

    private static User user(ResultSet row) throws SQLException {
        return new User(row.getString("id"), row.getString("email"), row.getString("display_name"),
                Role.valueOf(row.getString("role")), Jdbc.instant(row, "created_at"), row.getBoolean("disabled"),
                row.getInt("token_version"));
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** For callers that build users: the time a new account is created. */
    static User newUser(String id, String email, String displayName, Role role, Instant now) {
        return new User(id, normalEmail(email), displayName, role, now, false, 0);
    }
}
