package org.vtp.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.server.testing.RestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.testing.RestClient;
import org.vtp.server.testing.RestClient.Answer;

/**
 * The account REST API against the real server and a real H2 file (bcrypt cost 12): setup, the
 * whole auth flow, refresh rotation and reuse, password change, admin actions, persistence across
 * a restart. Fewer than ten failed logins in total, so the per-address throttle never interferes
 * (ThrottlingIT covers it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsApiIT {

    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dataDir;
    static VtpServer server;
    static RestClient api;
    static String adminToken;

    @BeforeAll
    static void start() throws Exception {
        server = VtpServer.start(ServerConfig.loopback(dataDir), new FakeRouterFactory());
        api = new RestClient(server.localUri());
        adminToken = setUpAdmin(server, api);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Completes the first-admin setup from the server's printed link; returns the admin's access token. */
    static String setUpAdmin(VtpServer server, RestClient api) throws Exception {
        URI link = server.setupUri().orElseThrow();
        String token = link.getFragment().substring("token=".length());
        Answer created = api.post("/api/v1/setup", json("token", token, "email", "root@example.org",
                "displayName", "Root", "password", PASSWORD), null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("role").asText()).isEqualTo("admin");
        return api.post("/api/v1/auth/login", json("email", "root@example.org", "password", PASSWORD), null)
                .body().get("accessToken").asText();
    }

    static JsonNode register(String email) throws Exception {
        Answer answer = api.post("/api/v1/auth/register", json("email", email, "displayName", "Someone",
                "password", PASSWORD), null);
        assertThat(answer.status()).isEqualTo(201);
        return answer.body();
    }

    @Test
    @Order(1)
    void theSetupLinkWorksOnlyOnce() throws Exception {
        assertThat(server.setupUri()).isEmpty();
        Answer again = api.post("/api/v1/setup", json("token", "anything", "email", "x@example.org",
                "displayName", "X", "password", PASSWORD), null);

        assertThat(again.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/setup", null).body().get("open").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void registerLoginProfileRefreshLogout() throws Exception {
        JsonNode registered = register("ada@example.org");
        assertThat(registered.at("/user/role").asText()).isEqualTo("student");
        assertThat(registered.at("/user/passwordHash").isMissingNode()).isTrue();

        Answer login = api.post("/api/v1/auth/login", json("email", "Ada@Example.org", "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().fieldNames()).toIterable().contains("accessToken", "refreshToken", "user");

        Answer profile = api.get("/api/v1/auth/profile", login.body().get("accessToken").asText());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body().get("email").asText()).isEqualTo("ada@example.org");

        String refresh = login.body().get("refreshToken").asText();
        Answer rotated = api.post("/api/v1/auth/refresh", json("refreshToken", refresh), null);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.body().get("refreshToken").asText()).isNotEqualTo(refresh);

        String current = rotated.body().get("refreshToken").asText();
        assertThat(api.post("/api/v1/auth/logout", json("refreshToken", current), null).status()).isEqualTo(204);
        Answer afterLogout = api.post("/api/v1/auth/refresh", json("refreshToken", current), null);
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.errorCode()).isEqualTo("REVOKED_TOKEN");
    }

    @Test
    @Order(3)
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() throws Exception {
        JsonNode session = register("bo@example.org");
        String first = session.get("refreshToken").asText();
        String second = api.post("/api/v1/auth/refresh", json("refreshToken", first), null)
                .body().get("refreshToken").asText();

        Answer reuse = api.post("/api/v1/auth/refresh", json("refreshToken", first), null);
        Answer stolen = api.post("/api/v1/auth/refresh", json("refreshToken", second), null);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.errorCode()).isEqualTo("REVOKED_TOKEN");
        assertThat(stolen.status()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void changingThePasswordRevokesTheOtherRefreshTokens() throws Exception {
        JsonNode phone = register("cy@example.org");
        JsonNode laptop = api.post("/api/v1/auth/login", json("email", "cy@example.org", "password", PASSWORD), null)
                .body();

        Answer changed = api.post("/api/v1/auth/change-password", json("currentPassword", PASSWORD,
                "newPassword", "a new long passphrase"), laptop.get("accessToken").asText());

        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/refresh", json("refreshToken", phone.get("refreshToken").asText()), null)
                .status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/profile", phone.get("accessToken").asText()).errorCode())
                .isEqualTo("REVOKED_TOKEN");
        assertThat(api.post("/api/v1/auth/refresh", json("refreshToken",
                changed.body().get("refreshToken").asText()), null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/login", json("email", "cy@example.org", "password",
                "a new long passphrase"), null).status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void anAdminListsUsersMakesTeachersChangesRolesAndDisables() throws Exception {
        Answer teacher = api.post("/api/v1/admin/users", json("email", "tess@example.org", "displayName", "Tess",
                "password", PASSWORD, "role", "teacher"), adminToken);
        assertThat(teacher.status()).isEqualTo(201);
        assertThat(teacher.body().get("role").asText()).isEqualTo("teacher");

        JsonNode dan = register("dan@example.org");
        String danId = dan.at("/user/id").asText();
        Answer promoted = api.patch("/api/v1/admin/users/" + danId, json("role", "teacher"), adminToken);
        assertThat(promoted.body().get("role").asText()).isEqualTo("teacher");
        assertThat(api.get("/api/v1/auth/profile", dan.get("accessToken").asText()).status()).isEqualTo(401);

        Answer disabled = api.patch("/api/v1/admin/users/" + danId, json("disabled", true), adminToken);
        assertThat(disabled.body().get("disabled").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/auth/login", json("email", "dan@example.org", "password", PASSWORD), null)
                .status()).isEqualTo(401);

        Answer users = api.get("/api/v1/admin/users", adminToken);
        assertThat(users.body().get("users").findValuesAsText("email"))
                .contains("root@example.org", "tess@example.org", "dan@example.org");
        assertThat(users.body().toString()).doesNotContain("$2b$");
        Answer audit = api.get("/api/v1/admin/audit", adminToken);
        assertThat(audit.body().get("events").findValuesAsText("event"))
                .contains("ROLE_CHANGED", "USER_DISABLED", "LOGIN", "REFRESH_REUSED", "PASSWORD_CHANGED");
        assertThat(audit.body().toString()).doesNotContain(PASSWORD);
    }

    @Test
    @Order(6)
    void studentsAndAnonymousCallersCannotAdminister() throws Exception {
        String student = register("eve@example.org").get("accessToken").asText();

        assertThat(api.get("/api/v1/admin/users", student).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/users", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/users", null).header("www-authenticate")).isEqualTo("Bearer");
        assertThat(api.patch("/api/v1/admin/users/x", json("role", "admin"), student).status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void loginLatencyIsMeasured() throws Exception {
        long total = 0;
        int rounds = 5;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            assertThat(api.post("/api/v1/auth/login", json("email", "root@example.org", "password", PASSWORD), null)
                    .status()).isEqualTo(200);
            total += System.nanoTime() - start;
        }
        System.out.printf("login latency over loopback, bcrypt cost %d: %.0f ms mean of %d%n",
                Passwords.DEFAULT_COST, total / 1e6 / rounds, rounds);
    }

    @Test
    @Order(8)
    void accountsSurviveARestart() throws Exception {
        server.close();
        server = VtpServer.start(ServerConfig.loopback(dataDir), new FakeRouterFactory());
        api = new RestClient(server.localUri());

        assertThat(server.setupUri()).isEmpty();
        Answer login = api.post("/api/v1/auth/login", json("email", "tess@example.org", "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().at("/user/role").asText()).isEqualTo("teacher");
        assertThat(api.get("/api/v1/auth/profile", adminToken).status())
                .as("the signing key is kept: tokens issued before the restart still verify").isEqualTo(200);
    }
}
