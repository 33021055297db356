package org.vtp.client.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.net.InetAddress;
import org.vtp.server.HostAddresses;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.e2e.capture.OfferCapture;
import org.vtp.sfu.Sfu;

/**
 * Test fixture: the VTP server and SFU started in-process with free ports, bound to every address
 * and announcing the host's own in ICE (inside the IT's network namespace a private veth address:
 * Firefox never checks loopback candidates); pages are opened at 127.0.0.1. Every offer the SFU
 * receives is recorded ({@link #offers()}). The one place that knows how the server starts. Owns
 * both: closes the server (it closes its rooms and their routers), then the SFU.
 */
final class EmbeddedVtpServer implements AutoCloseable {
    private final Sfu sfu;
    private final OfferCapture offers;
    private final VtpServer server;

    private EmbeddedVtpServer(Sfu sfu, OfferCapture offers, VtpServer server) {
        this.sfu = sfu;
        this.offers = offers;
        this.server = server;
    }

    static EmbeddedVtpServer start(Path dataDir) throws Exception {
        InetAddress wildcard = InetAddress.getByAddress(new byte[4]);
        ServerConfig config = new ServerConfig(wildcard, 0, 0, HostAddresses.discover(), dataDir);
        Sfu sfu = Sfu.start(config.sfuConfig());
        try {
            OfferCapture offers = new OfferCapture(sfu);
            return new EmbeddedVtpServer(sfu, offers, VtpServer.start(config, offers));
        } catch (Exception | Error e) {
            sfu.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>/}. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.httpPort() + "/");
    }

    OfferCapture offers() {
        return offers;
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
