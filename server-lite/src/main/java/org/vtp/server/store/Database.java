package org.vtp.server.store;

import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The H2 file database {@code <data-dir>/vtp.mv.db}, migrated to the newest schema when opened.
 * One process at a time: H2 locks the file, so a second server (or {@code user add}) on the same
 * data directory fails with {@link StoreException} instead of corrupting it.
 */
public final class Database implements AutoCloseable {

    /** Connections the pool keeps at most: REST handlers are few and short. */
    private static final int MAX_CONNECTIONS = 16;

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens (creating if missing) and migrates the database in {@code dataDir}.
     *
     * @throws StoreException if the file is locked by another process, unreadable or a migration fails
     */
    public static Database open(Path dataDir) throws StoreException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dataDir), "vtp", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            // Fail here, with a clear message, if another process holds the file.
            pool.getConnection().close();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(pool);
        } catch (SQLException | FlywayException e) {
            pool.dispose();
            throw new StoreException("cannot open the database in " + dataDir + ": " + firstLine(e), e);
        }
    }

    /**
     * WRITE_DELAY=0 writes each commit to the file before the commit returns, so a committed row
     * survives {@code kill -9} (H2's default delays writes by up to half a second).
     * FILE_LOCK=FS is the default; spelled out because it is what keeps a second process away.
     */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("vtp") + ";WRITE_DELAY=0;FILE_LOCK=FS";
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Closes every connection; H2 closes the file when the last one goes. Idempotent. */
    @Override
    public void close() {
        pool.dispose();
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
