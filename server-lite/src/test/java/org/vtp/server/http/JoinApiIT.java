package org.vtp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.InMemoryClassroomDirectory;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.testing.TestAccess;
import org.vtp.server.testing.TestSocket;

/** The join-by-code API on a real server: lookups, guest tokens, refusals; the token really joins. */
class JoinApiIT {

    @TempDir
    static Path dataDir;
    static VtpServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startServer() throws Exception {
        InMemoryClassroomDirectory classrooms = new InMemoryClassroomDirectory()
                .put(new Classroom("math-1", "teacher-1", "Math 1", "open-code", true, false, false))
                .put(new Classroom("hist-1", "teacher-1", "History", "closed-code", false, false, false));
        server = VtpServer.start(ServerConfig.loopback(dataDir), new FakeRouterFactory(), TestAccess.tokens(classrooms));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return HTTP.send(HttpRequest.newBuilder(server.localUri().resolve(path)).method(method, publisher)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aCodeLooksUpTheClassAndWhetherItAdmitsGuests() throws Exception {
        HttpResponse<String> open = send("GET", "/api/v1/rooms/by-code/open-code", null);
        HttpResponse<String> closed = send("GET", "/api/v1/rooms/by-code/closed-code", null);

        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(json(open).get("roomId").asText()).isEqualTo("math-1");
        assertThat(json(open).get("name").asText()).isEqualTo("Math 1");
        assertThat(json(open).get("guestsAllowed").asBoolean()).isTrue();
        assertThat(json(closed).get("guestsAllowed").asBoolean()).isFalse();
        assertThat(open.headers().firstValue("cache-control")).hasValue("no-store");
    }

    @Test
    void aGuestTokenJoinsItsClassUnderTheChosenName() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/rooms/by-code/open-code/guest",
                "{\"displayName\":\"  Gus  \"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("roomId").asText()).isEqualTo("math-1");
        assertThat(body.get("displayName").asText()).isEqualTo("Gus");
        try (TestSocket socket = TestSocket.connect(server.localUri(), body.get("token").asText())) {
            JSONObject joined = socket.join("math-1", null);
            assertThat(joined.getBoolean("ok")).as(joined.toString()).isTrue();
            assertThat(joined.getString("displayName")).isEqualTo("Gus");
            assertThat(joined.getString("role")).isEqualTo("guest");
            assertThat(socket.join("hist-1", null).toString()).contains("ALREADY_JOINED");
        }
    }

    @Test
    void unknownCodesAreNotFoundAndClassesWithoutGuestsAreForbidden() throws Exception {
        assertThat(send("GET", "/api/v1/rooms/by-code/nope", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/rooms/by-code/nope/guest", "{\"displayName\":\"Gus\"}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> forbidden = send("POST", "/api/v1/rooms/by-code/closed-code/guest",
                "{\"displayName\":\"Gus\"}");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).at("/error/code").asText()).isEqualTo("FORBIDDEN");
        assertThat(send("GET", "/api/v1/rooms/by-code/bad%20code", null).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "{}", "{\"displayName\":\"\"}", "{\"displayName\":\"   \"}",
        "{\"displayName\":3}", "{\"displayName\":\"a\\u0007b\"}", "{\"displayName\":\"Gus\",\"role\":\"admin\"}",
        "{\"displayName\":", "not json"})
    void aBadGuestRequestIsRefused(String body) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/rooms/by-code/open-code/guest", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void wrongMethodsAreRefused() throws Exception {
        HttpResponse<String> post = send("POST", "/api/v1/rooms/by-code/open-code", "{}");
        HttpResponse<String> get = send("GET", "/api/v1/rooms/by-code/open-code/guest", null);

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).hasValue("GET, HEAD");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("allow")).hasValue("POST");
    }

    @Test
    void otherRoomRoutesStillWork() throws Exception {
        assertThat(send("GET", "/api/v1/rooms/nobody-here", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/health", null).statusCode()).isEqualTo(200);
    }
}
