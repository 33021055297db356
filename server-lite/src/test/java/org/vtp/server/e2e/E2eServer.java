package org.vtp.server.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.InMemoryClassroomDirectory;
import org.vtp.server.testing.TestAccess;
import org.vtp.sfu.Sfu;

/**
 * The VTP server under test: the one place that knows how to start it. Embedded in this JVM on
 * loopback with ephemeral HTTP and media ports, bound to and announcing 127.0.0.1
 * ({@code ServerConfig.loopback}); the SFU first, then the server, closed in reverse order. Tokens
 * are checked (fake token service); every room a test names is a guest-enabled classroom whose join
 * code is {@code code-<room>}, and pages join through that code as guests.
 *
 * <p>With {@code -Dvtp.e2e.baseUrl=http://127.0.0.1:8080} the tests use a server started
 * elsewhere instead; there the room names must be join codes of guest-enabled classrooms.
 */
final class E2eServer implements AutoCloseable {

    private final String baseUrl;
    private final VtpServer server;
    private final Sfu sfu;
    private final InMemoryClassroomDirectory classrooms;

    private E2eServer(String baseUrl, VtpServer server, Sfu sfu, InMemoryClassroomDirectory classrooms) {
        this.baseUrl = baseUrl;
        this.server = server;
        this.sfu = sfu;
        this.classrooms = classrooms;
    }

    static E2eServer start() throws Exception {
        String external = System.getProperty("vtp.e2e.baseUrl");
        if (external != null && !external.isBlank()) {
            return new E2eServer(external.replaceAll("/+$", ""), null, null, null);
        }
        Path dataDir = Files.createTempDirectory("vtp-e2e-data-");
        ServerConfig config = ServerConfig.loopback(dataDir);
        Sfu sfu = Sfu.start(config.sfuConfig());
        try {
            InMemoryClassroomDirectory classrooms = new InMemoryClassroomDirectory();
            VtpServer server = VtpServer.start(config, sfu, TestAccess.tokens(classrooms));
            return new E2eServer("http://127.0.0.1:" + server.httpPort(), server, sfu, classrooms);
        } catch (Exception | Error e) {
            sfu.close();
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /**
     * The join link of the browser client for {@code room} (a guest-enabled classroom with that id,
     * created on first use), display name and media choice.
     */
    String joinUrl(String room, String name, String media) {
        return baseUrl + "/join/" + code(room) + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&media=" + media;
    }

    private String code(String room) {
        if (classrooms == null) {
            return room;
        }
        String code = "code-" + room;
        if (classrooms.byId(room).isEmpty()) {
            classrooms.put(new Classroom(room, "teacher-e2e", "Class " + room, code, true, false, false));
        }
        return code;
    }

    @Override
    public void close() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (sfu != null) {
                sfu.close();
            }
        }
    }
}
