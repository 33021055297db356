package org.vtp.sfu.ice;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SFU's one UDP port, shared by every client: ice4j's single-port harvester reads it on one
 * thread and routes each datagram by source address, learning new addresses from the USERNAME
 * ({@code <our ufrag>:<their ufrag>}) of STUN checks (RFC 8445 §7.2.2) that are signed with that
 * session's password ({@link AuthenticatingHarvester}). Other datagrams from unknown addresses are
 * dropped.
 *
 * <p>Ownership: the SFU opens one and closes it last; sessions it creates are closed by their owner.
 */
public final class MediaPort implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaPort.class);

    private final AuthenticatingHarvester harvester;
    private final int port;
    private final List<InetAddress> announcedAddresses;

    private MediaPort(AuthenticatingHarvester harvester, List<InetAddress> announcedAddresses) {
        this.harvester = harvester;
        this.port = harvester.getLocalAddress().getPort();
        this.announcedAddresses = announcedAddresses;
    }

    /**
     * Binds the port and warms an ICE agent (the first one costs ~1 s of class loading).
     *
     * @param bindAddress the local address to bind (loopback in tests)
     * @param port the UDP port, 0 for an ephemeral one (see {@link #port()})
     * @param announcedAddresses the addresses written into host candidates; at least one
     */
    public static MediaPort open(InetAddress bindAddress, int port, List<InetAddress> announcedAddresses)
            throws IOException {
        Objects.requireNonNull(bindAddress, "bindAddress");
        List<InetAddress> announced = List.copyOf(announcedAddresses);
        if (announced.isEmpty()) {
            throw new IllegalArgumentException("announcedAddresses must name at least one address");
        }
        IceLogging.quietUnlessConfigured();
        IceProperties.apply();
        var harvester = new AuthenticatingHarvester(new TransportAddress(bindAddress, port, Transport.UDP));
        MediaPort mediaPort = new MediaPort(harvester, announced);
        mediaPort.warmUp();
        LOG.info("Media port open on {}:{}, announcing {}", bindAddress.getHostAddress(), mediaPort.port, announced);
        return mediaPort;
    }

    /** The UDP port actually bound. */
    public int port() {
        return port;
    }

    public List<InetAddress> announcedAddresses() {
        return announcedAddresses;
    }

    /** A new ICE-controlled session for one client; its listener is called on ice4j threads. */
    public IceSession createSession(IceSession.Listener listener) throws IOException {
        return new IceSession(harvester, announcedAddresses, port, listener);
    }

    /** STUN checks from new addresses dropped for a missing or wrong MESSAGE-INTEGRITY. */
    public long rejectedChecks() {
        return harvester.rejectedChecks();
    }

    /** Stops reading the port. Sessions still open stop receiving. */
    @Override
    public void close() {
        harvester.close();
    }

    private void warmUp() throws IOException {
        long start = System.nanoTime();
        IceSession session = createSession(new IceSession.Listener() {
            @Override
            public void onConnected() {
            }

            @Override
            public void onFailed(String reason) {
            }

            @Override
            public void onPacket(byte[] buf, int off, int len) {
            }
        });
        session.close();
        LOG.debug("ICE agent warm-up took {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
