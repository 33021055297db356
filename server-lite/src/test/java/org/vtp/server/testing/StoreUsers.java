package org.vtp.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.vtp.server.VtpServer;
import org.vtp.server.auth.Role;

/**
 * Real accounts on a server started with {@link VtpServer#startSecured}: users are created in its
 * H2 store through {@link org.vtp.server.account.AccountService} (as {@code user add} does) and
 * sign in over {@code POST /api/v1/auth/login}, so their tokens are the server's own JWTs.
 */
public final class StoreUsers {

    public static final String PASSWORD = "correct horse battery staple";

    /** A stored user and the access token its REST login returned. */
    public record SignedIn(String id, String email, String displayName, String token) {
    }

    private final VtpServer server;
    private final RestClient api;
    private final List<Long> loginMicros = new ArrayList<>();

    public StoreUsers(VtpServer server) {
        this.server = server;
        this.api = new RestClient(server.localUri());
    }

    /** Creates the account in the store (bcrypt at the production cost), then signs in over REST. */
    public SignedIn create(String email, String displayName, Role role) throws Exception {
        String id = server.accounts().service().createUser(null, email, displayName, PASSWORD, role, "test").id();
        return new SignedIn(id, email, displayName, login(email));
    }

    /** {@code POST /api/v1/auth/login}; the access token of the session. */
    public String login(String email) throws Exception {
        long started = System.nanoTime();
        RestClient.Answer session = api.post("/api/v1/auth/login",
                RestClient.json("email", email, "password", PASSWORD), null);
        long micros = (System.nanoTime() - started) / 1_000;
        assertThat(session.status()).as("login of " + email + ": " + session.body()).isEqualTo(200);
        synchronized (loginMicros) {
            loginMicros.add(micros);
        }
        return session.body().get("accessToken").asText();
    }

    /** A classroom created by {@code POST /api/v1/rooms} as the given teacher: {id, code, joinUrl, ...}. */
    public JsonNode createRoom(String teacherToken, String name, boolean guestsAllowed) throws Exception {
        RestClient.Answer created = api.post("/api/v1/rooms",
                RestClient.json("name", name, "guestsAllowed", guestsAllowed), teacherToken);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    /** A guest token from the join flow: {@code POST /api/v1/rooms/by-code/<code>/guest}. */
    public String guestToken(String code, String displayName) throws Exception {
        RestClient.Answer guest = api.post("/api/v1/rooms/by-code/" + code + "/guest",
                RestClient.json("displayName", displayName), null);
        assertThat(guest.status()).as(guest.body().toString()).isEqualTo(200);
        return guest.body().get("token").asText();
    }

    /** REST login latencies measured so far, in milliseconds: min / median / max. */
    public String loginLatency() {
        List<Long> sorted;
        synchronized (loginMicros) {
            sorted = loginMicros.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return "no logins";
        }
        return String.format("%d logins, min %.0f / median %.0f / max %.0f ms", sorted.size(),
                sorted.get(0) / 1000.0, sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }
}
