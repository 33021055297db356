package org.vtp.client.host;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.client.link.JoinLink;
import org.vtp.server.HostAddresses;
import org.vtp.server.VtpServer;
import org.vtp.server.tls.TlsIdentity;
import org.vtp.sfu.Sfu;

/**
 * A class being hosted by this process: its join links and certificate, and {@link #stop()}, which
 * ends the class for everyone (every participant's signalling connection closes) and frees the
 * ports. Owns the server and the SFU. Thread-safe.
 */
public final class HostedClass implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostedClass.class);

    private final String room;
    private final VtpServer server;
    private final Sfu sfu;
    private final List<InetAddress> announced;
    private final Duration startDuration;
    private final AtomicBoolean stopped = new AtomicBoolean();

    HostedClass(String room, VtpServer server, Sfu sfu, List<InetAddress> announced, Duration startDuration) {
        this.room = room;
        this.server = server;
        this.sfu = sfu;
        this.announced = List.copyOf(announced);
        this.startDuration = startDuration;
    }

    public String room() {
        return room;
    }

    /** The link to show (text and QR code): the first announced address, pinning the certificate. */
    public JoinLink joinLink() {
        return joinLinks().get(0);
    }

    /** One link per announced address (a laptop on Wi-Fi and Ethernet has two), same room and pin. */
    public List<JoinLink> joinLinks() {
        String fingerprint = tls().fingerprintSha256();
        return announced.stream()
                .map(a -> JoinLink.of(URI.create("https://" + HostAddresses.urlHost(a) + ":" + server.httpPort()),
                        room, fingerprint))
                .toList();
    }

    /** {@code http://127.0.0.1:<port>/join/<room>}: the class in the host's own browser, no warning. */
    public URI localBrowserUri() {
        return server.localPlainUri().orElseThrow().resolve("/join/" + room);
    }

    /** The certificate's SHA-256 as people compare it ({@code AB:CD:...}), to show beside the link. */
    public String fingerprintForDisplay() {
        return tls().fingerprintForDisplay();
    }

    /** The served certificate. */
    public TlsIdentity tls() {
        return server.tlsIdentity().orElseThrow();
    }

    public int httpsPort() {
        return server.httpPort();
    }

    public int mediaPort() {
        return sfu.mediaPort();
    }

    /** From {@link ClassHost#start} called to the link being live (port bound, certificate ready). */
    public Duration startDuration() {
        return startDuration;
    }

    public boolean isStopped() {
        return stopped.get();
    }

    /**
     * Ends the class: closes every participant's connection and room, then the SFU. Idempotent;
     * blocks up to a few seconds (call it off the UI thread).
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
        } finally {
            sfu.close();
            LOG.info("class {} ended", room);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
