package org.vtp.client.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/**
 * Test fixture: the VTP server and SFU started in-process on loopback with free ports
 * ({@link ServerConfig#loopback}). The one place that knows how the server starts. Owns both:
 * closes the server (it closes its rooms and their routers), then the SFU.
 */
final class EmbeddedVtpServer implements AutoCloseable {
    private final Sfu sfu;
    private final VtpServer server;

    private EmbeddedVtpServer(Sfu sfu, VtpServer server) {
        this.sfu = sfu;
        this.server = server;
    }

    static EmbeddedVtpServer start(Path dataDir) throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        Sfu sfu = Sfu.start(config.sfuConfig());
        try {
            return new EmbeddedVtpServer(sfu, VtpServer.start(config, sfu));
        } catch (Exception | Error e) {
            sfu.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>/}. */
    URI uri() {
        return server.localUri();
    }

    /** The browser client's join link: joins {@code room} at once, sending camera and microphone. */
    String joinUrl(String room, String displayName) {
        return uri().resolve("/join/" + room) + "?name=" + URLEncoder.encode(displayName, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            sfu.close();
        }
    }
}
