package org.vtp.server.classroom;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.store.Jdbc;

/**
 * The {@code classrooms} table, and the {@link ClassroomDirectory} signalling reads. Ownership
 * checks are the caller's (the REST layer); this class only stores. Thread-safe.
 */
public final class ClassroomStore implements ClassroomDirectory {

    /** Changes to a classroom; absent fields stay as they are. */
    public record Patch(Optional<String> name, Optional<Boolean> guestsAllowed, Optional<Boolean> locked,
                        Optional<Boolean> waitingRoom) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ClassroomStore.class);
    private static final String COLUMNS = "id, owner_id, name, join_code, guests_allowed, locked, waiting_room";
    private static final int CODE_ATTEMPTS = 5;

    private final DataSource db;
    private final Clock clock;
    private final SecureRandom random;

    public ClassroomStore(DataSource db, Clock clock, SecureRandom random) {
        this.db = db;
        this.clock = clock;
        this.random = random;
    }

    /** Creates a classroom with a fresh join code (retrying the rare collision). */
    public Classroom create(String ownerId, String name, boolean guestsAllowed, boolean waitingRoom)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Classroom classroom = new Classroom(UUID.randomUUID().toString(), ownerId, name,
                    JoinCodes.generate(random), guestsAllowed, false, waitingRoom);
            try (Connection c = db.getConnection()) {
                Jdbc.update(c, "INSERT INTO classrooms (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        classroom.id(), ownerId, name, classroom.code(), guestsAllowed, false, waitingRoom,
                        clock.instant());
                return classroom;
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState()) || attempt == CODE_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("join code collision, drawing another");
            }
        }
    }

    @Override
    public Optional<Classroom> byId(String id) {
        return one("SELECT " + COLUMNS + " FROM classrooms WHERE id = ?", id);
    }

    @Override
    public Optional<Classroom> byCode(String code) {
        return JoinCodes.normalize(code)
                .flatMap(normal -> one("SELECT " + COLUMNS + " FROM classrooms WHERE join_code = ?", normal));
    }

    public List<Classroom> ownedBy(String ownerId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return Jdbc.query(c, ClassroomStore::classroom,
                    "SELECT " + COLUMNS + " FROM classrooms WHERE owner_id = ? ORDER BY created_at, id", ownerId);
        }
    }

    /** Applies the patch in one transaction; empty if the classroom does not exist. */
    public Optional<Classroom> update(String id, Patch patch) throws SQLException {
        return Jdbc.inTransaction(db, c -> {
            Optional<Classroom> found = Jdbc.query(c, ClassroomStore::classroom,
                    "SELECT " + COLUMNS + " FROM classrooms WHERE id = ? FOR UPDATE", id).stream().findFirst();
            if (found.isEmpty()) {
                return found;
            }
            Classroom old = found.get();
            Classroom next = new Classroom(old.id(), old.ownerId(), patch.name().orElse(old.name()), old.code(),
                    patch.guestsAllowed().orElse(old.guestsAllowed()), patch.locked().orElse(old.locked()),
                    patch.waitingRoom().orElse(old.waitingRoom()));
            Jdbc.update(c, "UPDATE classrooms SET name = ?, guests_allowed = ?, locked = ?, waiting_room = ? "
                    + "WHERE id = ?", next.name(), next.guestsAllowed(), next.locked(), next.waitingRoom(), id);
            return Optional.of(next);
        });
    }

    /** @return whether a classroom was deleted */
    public boolean delete(String id) throws SQLException {
        try (Connection c = db.getConnection()) {
            return Jdbc.update(c, "DELETE FROM classrooms WHERE id = ?", id) == 1;
        }
    }

    private Optional<Classroom> one(String sql, String parameter) {
        try (Connection c = db.getConnection()) {
            return Jdbc.query(c, ClassroomStore::classroom, sql, parameter).stream().findFirst();
        } catch (SQLException e) {
            // ClassroomDirectory has no checked exception: a broken store admits nobody.
            LOG.warn("classroom lookup failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Classroom classroom(ResultSet row) throws SQLException {
        return new Classroom(row.getString("id"), row.getString("owner_id"), row.getString("name"),
                row.getString("join_code"), row.getBoolean("guests_allowed"), row.getBoolean("locked"),
                row.getBoolean("waiting_room"));
    }
}
