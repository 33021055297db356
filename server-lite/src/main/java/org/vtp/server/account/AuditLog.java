package org.vtp.server.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.store.Jdbc;

/**
 * The security events table: logins, failures, registrations, role changes, disabling, token
 * reuse. Never holds a password or a token. A failed write is logged and swallowed: auditing must
 * not turn a good request into a 500.
 */
public final class AuditLog {

    /** One stored event. */
    public record Event(long id, Instant at, String event, String actorId, String subject, String address,
                        String detail) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final DataSource db;
    private final Clock clock;

    public AuditLog(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(String event, String actorId, String subject, String address, String detail) {
        try (Connection c = db.getConnection()) {
            Jdbc.update(c, "INSERT INTO audit_log (at, event, actor_id, subject, address, detail) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", clock.instant(), event, actorId, cut(subject, 254),
                    cut(address, 64), cut(detail, 256));
        } catch (SQLException e) {
            LOG.warn("audit event {} not stored: {}", event, e.getMessage());
        }
    }

    /** The newest events first. */
    public List<Event> latest(int limit) throws SQLException {
        try (Connection c = db.getConnection()) {
            return Jdbc.query(c, row -> new Event(row.getLong("id"), Jdbc.instant(row, "at"), row.getString("event"),
                            row.getString("actor_id"), row.getString("subject"), row.getString("address"),
                            row.getString("detail")),
                    "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", limit);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
