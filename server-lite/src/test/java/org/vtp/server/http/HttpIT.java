package org.vtp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.testing.TestAccess;
import org.vtp.server.testing.TestSocket;

/** The plain HTTP side of the one port, over loopback. */
class HttpIT {

    @TempDir
    static Path dataDir;
    static VtpServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startServer() throws Exception {
        server = VtpServer.start(ServerConfig.loopback(dataDir), new FakeRouterFactory(), TestAccess.tokensAnyRoom());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(server.localUri().resolve(path)).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void assertNotFoundJson(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void healthIsOk() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("ok");
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    }

    @Test
    void serverBindsAnEphemeralPortAndReportsIt() {
        assertThat(server.httpPort()).isPositive();
        assertThat(server.localUri().getPort()).isEqualTo(server.httpPort());
    }

    @Test
    void rootRedirectsToTheSignInPage() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("location")).hasValue("/signin");
    }

    @Test
    void signInPageIsTheHomeHtmlFromTheClasspath() throws Exception {
        HttpResponse<String> response = get("/signin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).contains("id=\"signin-form\"", "/static/vtp-home.js");
        assertThat(get("/static/vtp-home.js").statusCode()).isEqualTo(200);
    }

    @Test
    void joinPageIsTheClientHtmlFromTheClasspath() throws Exception {
        HttpResponse<String> response = get("/join/maths-7b?name=Ada&media=none");

        // The page itself belongs to the browser-client work; serve whatever web/join.html holds.
        try (InputStream page = HttpIT.class.getResourceAsStream("/web/join.html")) {
            if (page == null) {
                assertNotFoundJson(response);
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
                assertThat(response.body()).isEqualTo(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/static/vtp-test/asset.js, text/javascript; charset=utf-8",
            "/static/vtp-test/asset.css, text/css; charset=utf-8",
            "/static/vtp-test/asset.svg, image/svg+xml",
            "/static/vtp-test/nested/asset.png, image/png"})
    void staticFilesHaveTheirContentType(String path, String type) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue(type);
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/static/missing.js", "/static/", "/static/vtp-test/asset.exe",
            "/static/%2e%2e/join.html", "/static/..%2fjoin.html", "/static/vtp-test/..%2F..%2F..%2Flogback.xml",
            "/static/.hidden.js", "/static/%2Fetc%2Fpasswd.js", "/static/vtp-test%5C..%5Cvtp-test%5Casset.js",
            "/static/vtp-test/asset.js%00.png", "/static/vtp-test//asset.js", "/join/bad%20room", "/join/", "/api/v1/rooms/nobody-here",
            "/api/v1/rooms/..%2F..%2Fhealth", "/api/v2/rooms/x"})
    void unknownAndTraversingPathsAreNotFound(String path) throws Exception {
        assertNotFoundJson(get(path));
    }

    @Test
    void rawDotDotSegmentsNeverEscapeTheStaticFolder() throws Exception {
        // HttpClient normalises "..", so write the request line by hand.
        try (Socket socket = new Socket(server.localUri().getHost(), server.httpPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /static/../../logback.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 404").doesNotContain("<configuration>");
        }
    }

    @Test
    void wrongMethodOnAKnownPathIs405() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.localUri().resolve("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow")).hasValue("GET, HEAD");
    }

    @Test
    void pollingTransportIsRefused() throws Exception {
        HttpResponse<String> response = get("/socket.io/?EIO=4&transport=polling");

        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    @Test
    void roomViewListsParticipantsWithTheirTransportAndCounters() throws Exception {
        try (TestSocket alice = TestSocket.connect(server.localUri())) {
            String peerId = alice.join("rest-room", "Alice").getString("peerId");
            String producerId = alice.request("produce", new JSONObject().put("kind", "video"))
                    .getString("producerId");

            HttpResponse<String> response = get("/api/v1/rooms/rest-room");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode view = JSON.readTree(response.body());
            assertThat(view.get("roomId").asText()).isEqualTo("rest-room");
            JsonNode participant = view.get("participants").get(0);
            assertThat(participant.get("peerId").asText()).isEqualTo(peerId);
            assertThat(participant.get("displayName").asText()).isEqualTo("Alice");
            assertThat(participant.get("transportState").asText()).isEqualTo("new");
            JsonNode producer = participant.get("producers").get(0);
            assertThat(producer.get("producerId").asText()).isEqualTo(producerId);
            assertThat(producer.get("kind").asText()).isEqualTo("video");
            assertThat(producer.get("paused").asBoolean()).isFalse();
            assertThat(producer.get("packets").asLong()).isEqualTo(7);
            assertThat(producer.get("bytes").asLong()).isEqualTo(700);
            assertThat(participant.get("consumers").isArray()).isTrue();
        }
    }
}
