package org.vtp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.account.Passwords;
import org.vtp.server.auth.Role;
import org.vtp.server.fake.FakeRouterFactory;

/** {@code vtp-server user add}: password from the environment or stdin, never an argument. */
class UserAddCommandTest {

    @TempDir
    Path dataDir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, Map<String, String> env, String... args) {
        VtpServerMain main = new VtpServerMain(config -> new FakeRouterFactory(), new PrintWriter(out));
        return VtpServerMain.commandLine(main, new BufferedReader(new StringReader(stdin)), env, new PrintWriter(out),
                new PrintWriter(err)).execute(args);
    }

    @Test
    void aTeacherIsCreatedWithThePasswordFromTheEnvironment() throws Exception {
        int code = run("", Map.of("VTP_PASSWORD", "correct horse battery"), "user", "add", "--email",
                "tess@example.org", "--role", "teacher", "--data-dir", dataDir.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Created teacher tess@example.org");
        try (Accounts accounts = Accounts.open(ServerConfig.loopback(dataDir), Clock.systemUTC(), 4)) {
            assertThat(accounts.service().login("tess@example.org", "correct horse battery", "t").user().role())
                    .isEqualTo(Role.TEACHER);
        }
    }

    @Test
    void thePasswordCanComeFromStdin() {
        int code = run("correct horse battery\n", Map.of(), "user", "add", "--email", "adm@example.org", "--role",
                "admin", "--data-dir", dataDir.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Created admin adm@example.org");
    }

    @Test
    void aPasswordArgumentDoesNotExistAndWeakOrMissingPasswordsAreRefused() {
        assertThat(run("", Map.of(), "user", "add", "--email", "a@example.org", "--password", "x",
                "--data-dir", dataDir.toString())).isNotZero();
        assertThat(run("", Map.of(), "user", "add", "--email", "a@example.org", "--data-dir", dataDir.toString()))
                .isEqualTo(2);
        assertThat(run("password123\n", Map.of(), "user", "add", "--email", "a@example.org", "--data-dir",
                dataDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("too common").doesNotContain("password123");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThat(run("correct horse battery\n", Map.of(), "user", "add", "--email", "a@example.org", "--role",
                "guest", "--data-dir", dataDir.toString())).isEqualTo(2);
    }

    @Test
    void theDefaultCostIsTwelve() {
        assertThat(Passwords.DEFAULT_COST).isGreaterThanOrEqualTo(12);
    }
}
