package org.vtp.server;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.vtp.server.account.AccountService;
import org.vtp.server.account.AuditLog;
import org.vtp.server.account.FirstAdminSetup;
import org.vtp.server.account.Passwords;
import org.vtp.server.account.RefreshTokenStore;
import org.vtp.server.account.UserStore;
import org.vtp.server.auth.SigningKeyFile;
import org.vtp.server.auth.TokenService;
import org.vtp.server.classroom.ClassroomStore;
import org.vtp.server.store.Database;
import org.vtp.server.store.StoreException;

/**
 * The account side of a server, assembled from its data directory: the database, the signing key,
 * and the services over them. The server owns it and closes it last (after HTTP and signalling).
 */
public final class Accounts implements AutoCloseable {

    private final Database database;
    private final TokenService tokens;
    private final AccountService service;
    private final ClassroomStore classrooms;
    private final AuditLog audit;
    private final FirstAdminSetup setup;

    private Accounts(Database database, TokenService tokens, AccountService service, ClassroomStore classrooms,
                     AuditLog audit) {
        this.database = database;
        this.tokens = tokens;
        this.service = service;
        this.classrooms = classrooms;
        this.audit = audit;
        this.setup = new FirstAdminSetup(service);
    }

    /**
     * Opens the database and the signing key in {@code config.dataDir()}.
     *
     * @param bcryptCost {@link Passwords#DEFAULT_COST} in production
     */
    public static Accounts open(ServerConfig config, Clock clock, int bcryptCost) throws IOException, StoreException {
        SecureRandom random = new SecureRandom();
        Database database = Database.open(config.dataDir());
        try {
            var db = database.dataSource();
            UserStore users = new UserStore(db);
            TokenService tokens = new TokenService(SigningKeyFile.loadOrCreate(config.dataDir(), random), clock,
                    users::tokenRevoked);
            AuditLog audit = new AuditLog(db, clock);
            AccountService service = new AccountService(users, new RefreshTokenStore(db, clock, random), audit,
                    new Passwords(bcryptCost, random), tokens, clock, config.selfRegistration());
            return new Accounts(database, tokens, service, new ClassroomStore(db, clock, random), audit);
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Makes a one-time setup token when there are no users yet (print it as a link). */
    Optional<String> openSetup() throws SQLException {
        return setup.open(new SecureRandom());
    }

    /** Verifies access and guest tokens; issues guest tokens ({@link TokenService#issueGuestToken}). */
    public TokenService tokens() {
        return tokens;
    }

    public AccountService service() {
        return service;
    }

    /** Classrooms, also as the {@link org.vtp.server.classroom.ClassroomDirectory} signalling reads. */
    public ClassroomStore classrooms() {
        return classrooms;
    }

    public AuditLog audit() {
        return audit;
    }

    public FirstAdminSetup setup() {
        return setup;
    }

    @Override
    public void close() {
        database.close();
    }
}
