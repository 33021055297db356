package org.vtp.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vtp.server.account.AccountException;
import org.vtp.server.account.Passwords;
import org.vtp.server.account.User;
import org.vtp.server.auth.Role;
import org.vtp.server.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vtp-server user add --email ... --role teacher}: creates an account in the data directory
 * while the server is stopped (H2 allows one process per database). The password comes from the
 * environment variable {@value #PASSWORD_ENV} or the first line of stdin, never from an argument
 * (arguments show up in {@code ps} and shell history).
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Creates an account (password from "
        + "$VTP_PASSWORD or stdin).")
final class UserAddCommand implements Callable<Integer> {

    static final String PASSWORD_ENV = "VTP_PASSWORD";

    @Option(names = "--email", required = true, description = "the account's email")
    String email;

    @Option(names = "--name", description = "display name (default: the part of the email before @)")
    String name;

    @Option(names = "--role", defaultValue = "teacher", description = "admin, teacher or student (default ${DEFAULT-VALUE})")
    String role;

    @Option(names = "--data-dir", description = "the server's data directory (default ${DEFAULT-VALUE})")
    Path dataDir = Path.of("vtp-data");

    private final BufferedReader in;
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;

    UserAddCommand(BufferedReader in, Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.in = in;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Role parsed;
        try {
            parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            parsed = Role.GUEST;
        }
        String password = env.get(PASSWORD_ENV);
        if (password == null) {
            password = in.readLine();
        }
        if (password == null || password.isEmpty()) {
            err.println("No password: set " + PASSWORD_ENV + " or type it on stdin.");
            return 2;
        }
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Accounts accounts = Accounts.open(config, Clock.systemUTC(), Passwords.DEFAULT_COST)) {
            String display = name != null ? name : email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
            User user = accounts.service().createUser(null, email, display, password, parsed, "command line");
            out.printf("Created %s %s (%s)%n", user.role().name().toLowerCase(Locale.ROOT), user.email(), user.id());
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage() + " (stop the server first: one process at a time)");
            return 1;
        } catch (AccountException e) {
            err.println("Refused: " + e.getMessage());
            return 2;
        } catch (java.sql.SQLException e) {
            err.println("Database error: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
