package org.vtp.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.server.testing.RestClient.json;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.testing.RestClient;
import org.vtp.server.testing.RestClient.Answer;

/**
 * Login and join-code throttling on the production setup ({@link VtpServer#startSecured}, H2 store):
 * 429 with Retry-After. A fresh server per test.
 */
class ThrottlingIT {

    @TempDir
    Path dataDir;
    VtpServer server;
    RestClient api;

    @BeforeEach
    void start() throws Exception {
        server = VtpServer.startSecured(ServerConfig.loopback(dataDir), new FakeRouterFactory());
        api = new RestClient(server.localUri());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theEleventhFailedLoginInAMinuteIsAnsweredTooManyRequests() throws Exception {
        assertThat(api.post("/api/v1/auth/register", json("email", "ada@example.org", "displayName", "Ada",
                "password", "correct horse battery"), null).status()).isEqualTo(201);
        for (int i = 0; i < 10; i++) {
            Answer wrong = api.post("/api/v1/auth/login", json("email", "ada@example.org", "password",
                    "wrong password " + i), null);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.errorCode()).isEqualTo("BAD_CREDENTIALS");
        }

        Answer throttled = api.post("/api/v1/auth/login", json("email", "ada@example.org", "password",
                "correct horse battery"), null);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.errorCode()).isEqualTo("THROTTLED");
        assertThat(Integer.parseInt(throttled.header("retry-after"))).isBetween(1, 60);
    }

    @Test
    void unknownEmailsAndWrongPasswordsLookTheSame() throws Exception {
        api.post("/api/v1/auth/register", json("email", "ada@example.org", "displayName", "Ada",
                "password", "correct horse battery"), null);

        Answer unknown = api.post("/api/v1/auth/login", json("email", "nobody@example.org", "password", "x"), null);
        Answer wrong = api.post("/api/v1/auth/login", json("email", "ada@example.org", "password", "x"), null);

        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void guessingJoinCodesIsThrottledAfterABurstOfThirtyLookups() throws Exception {
        for (int i = 0; i < 30; i++) {
            Answer miss = api.get("/api/v1/rooms/by-code/aaa-aaa-a" + (i % 8 + 2), null);
            assertThat(miss.status()).isEqualTo(404);
            assertThat(miss.errorCode()).isEqualTo("NOT_FOUND");
        }

        Answer throttled = api.get("/api/v1/rooms/by-code/aaa-aaa-aaa", null);
        Answer guest = api.post("/api/v1/rooms/by-code/aaa-aaa-aaa/guest", json("displayName", "Gus"), null);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.errorCode()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(throttled.header("retry-after")).isEqualTo("2");
        assertThat(guest.status()).as("guest tokens share the lookups' budget").isEqualTo(429);
    }

    @Test
    void aWholeClassBehindOneAddressJoinsByItsCodeWithoutBeingThrottled() throws Exception {
        var teacher = server.accounts().service().createUser(null, "tess@example.org", "Tess",
                "correct horse battery", org.vtp.server.auth.Role.TEACHER, "test");
        String code = server.accounts().classrooms().create(teacher.id(), "Biology", true, false).code();

        for (int student = 1; student <= 45; student++) {
            Answer joined = api.post("/api/v1/rooms/by-code/" + code + "/guest",
                    json("displayName", "Student " + student), null);
            assertThat(joined.status()).as("student %d", student).isEqualTo(200);
        }
    }

    @Test
    void theRemovedCodeLookupOfTheAccountsApiIsGone() throws Exception {
        assertThat(api.get("/api/v1/join/aaa-aaa-aaa", null).status()).isEqualTo(404);
    }
}
