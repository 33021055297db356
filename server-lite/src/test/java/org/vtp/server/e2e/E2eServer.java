package org.vtp.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.vtp.server.HostAddresses;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.auth.Role;
import org.vtp.server.e2e.capture.OfferCapture;
import org.vtp.sfu.Sfu;

/**
 * The VTP server under test: the one place that knows how to start it. The production setup
 * ({@link VtpServer#startSecured}: H2 store in a fresh data directory, JWTs, stored classrooms)
 * embedded in this JVM with ephemeral HTTP and media ports, reached at 127.0.0.1 and announcing
 * the host's addresses in ICE; the SFU first, then the server, closed in reverse
 * order; every offer the SFU receives is recorded ({@link #offers()}). One teacher account exists, made as {@code user add} makes it; teachers sign in through
 * the sign-in page and students join as guests by a class's link.
 *
 * <p>With {@code -Dvtp.e2e.baseUrl=http://127.0.0.1:8080 -Dvtp.e2e.teacherEmail=...
 * -Dvtp.e2e.teacherPassword=...} the tests use a server started elsewhere and that teacher.
 */
final class E2eServer implements AutoCloseable {

    static final String TEACHER_NAME = "Tom Teacher";
    private static final String TEACHER_EMAIL = "tom@school.example";
    private static final String TEACHER_PASSWORD = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String teacherEmail;
    private final String teacherPassword;
    private final VtpServer server;
    private final Sfu sfu;
    private final OfferCapture offers;

    private E2eServer(String baseUrl, String teacherEmail, String teacherPassword, VtpServer server, Sfu sfu,
                      OfferCapture offers) {
        this.baseUrl = baseUrl;
        this.teacherEmail = teacherEmail;
        this.teacherPassword = teacherPassword;
        this.server = server;
        this.sfu = sfu;
        this.offers = offers;
    }

    static E2eServer start() throws Exception {
        String external = System.getProperty("vtp.e2e.baseUrl");
        if (external != null && !external.isBlank()) {
            return new E2eServer(external.replaceAll("/+$", ""), System.getProperty("vtp.e2e.teacherEmail"),
                    System.getProperty("vtp.e2e.teacherPassword"), null, null, null);
        }
        Path dataDir = Files.createTempDirectory("vtp-e2e-data-");
        // Bound to every address and announcing the host's own (inside the IT's network namespace a
        // private veth address): Firefox never checks loopback candidates.
        ServerConfig config = new ServerConfig(wildcard(), 0, 0, HostAddresses.discover(), dataDir);
        Sfu sfu = Sfu.start(config.sfuConfig());
        try {
            OfferCapture offers = new OfferCapture(sfu);
            VtpServer server = VtpServer.startSecured(config, offers);
            try {
                server.accounts().service().createUser(null, TEACHER_EMAIL, TEACHER_NAME, TEACHER_PASSWORD,
                        Role.TEACHER, "e2e");
            } catch (Exception e) {
                server.close();
                throw e;
            }
            return new E2eServer("http://127.0.0.1:" + server.httpPort(), TEACHER_EMAIL, TEACHER_PASSWORD, server, sfu, offers);
        } catch (Exception | Error e) {
            sfu.close();
            throw e;
        }
    }

    private static InetAddress wildcard() throws UnknownHostException {
        return InetAddress.getByAddress(new byte[4]);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Where {@code GET /} leads: the sign-in page. */
    String homeUrl() {
        return baseUrl + "/";
    }

    String teacherEmail() {
        return teacherEmail;
    }

    String teacherPassword() {
        return teacherPassword;
    }

    /** The link a teacher hands out, with the student's name and media choice: students join as guests. */
    String guestJoinUrl(String code, String name, String media) {
        return baseUrl + "/join/" + code + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&media=" + media;
    }

    /** An access token of the teacher, from {@code POST /api/v1/auth/login} (for the live room view). */
    String teacherToken() throws Exception {
        String body = JSON.createObjectNode().put("email", teacherEmail).put("password", teacherPassword).toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("teacher login: HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode session = JSON.readTree(response.body());
        return session.get("accessToken").asText();
    }

    /** Every offer the clients made, as the SFU received it (only for a server in this JVM). */
    OfferCapture offers() {
        return offers;
    }

    /** True when this JVM runs the server (not {@code -Dvtp.e2e.baseUrl}): only then can a test stop it. */
    boolean embedded() {
        return server != null;
    }

    /** Stops the signalling server as the host's app does on exit (the SFU stays for {@link #close()}). */
    Duration stopServer() {
        long started = System.nanoTime();
        server.close();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (sfu != null) {
                long started = System.nanoTime();
                sfu.close();
                System.out.printf("[e2e] Sfu.close() %d ms%n", (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
