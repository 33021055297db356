package org.vtp.server;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.AuthorizationResult;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.Transport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.http.HttpRoutes;
import org.vtp.server.http.VtpChannelInitializer;
import org.vtp.server.room.InMemoryRoomRegistry;
import org.vtp.server.room.RoomRegistry;
import org.vtp.server.signalling.HandshakeAuthenticator;
import org.vtp.server.signalling.SignallingService;
import org.vtp.sfu.api.RouterFactory;

/**
 * The embeddable server: one port serving Socket.IO (websocket only), the REST API and the browser
 * client. The caller owns the SFU ({@link RouterFactory}); this server owns the rooms and closes
 * their routers on {@link #close()}. Thread-safe.
 */
public final class VtpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VtpServer.class);
    /** Largest websocket frame: an SDP offer with many m-sections, with room to spare. */
    private static final int MAX_FRAME_BYTES = 256 * 1024;

    private final BoundSocketIOServer socketIo;
    private final ExecutorService roomPool;
    private final RoomRegistry rooms;
    private final InetAddress bindAddress;
    private final int httpPort;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VtpServer(BoundSocketIOServer socketIo, ExecutorService roomPool, RoomRegistry rooms,
                      InetAddress bindAddress) {
        this.socketIo = socketIo;
        this.roomPool = roomPool;
        this.rooms = rooms;
        this.bindAddress = bindAddress;
        this.httpPort = socketIo.boundPort();
    }

    /** Starts a server whose rooms are open to everyone (no accounts yet). */
    public static VtpServer start(ServerConfig config, RouterFactory routerFactory) throws IOException {
        return start(config, routerFactory, HandshakeAuthenticator.OPEN);
    }

    /**
     * Creates the data directory, binds the port and starts serving.
     *
     * @throws IOException if the data directory cannot be created or the port cannot be bound;
     *     nothing is left running then
     */
    public static VtpServer start(ServerConfig config, RouterFactory routerFactory,
                                  HandshakeAuthenticator authenticator) throws IOException {
        Files.createDirectories(config.dataDir());
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("vtp-room-"));
        RoomRegistry rooms = new InMemoryRoomRegistry(routerFactory, pool, ids);
        ObjectMapper json = new ObjectMapper();
        BoundSocketIOServer socketIo = new BoundSocketIOServer(socketIoConfig(config, authenticator));
        socketIo.setPipelineFactory(new VtpChannelInitializer(
                new HttpRoutes(rooms, json, VtpServer.class.getClassLoader())));
        new SignallingService(rooms, ids).attach(socketIo);
        try {
            socketIo.start();
        } catch (Exception e) {
            // A failed start leaves netty's threads running: stop them before reporting.
            socketIo.stop();
            pool.shutdownNow();
            throw new IOException("cannot listen on " + config.bindAddress().getHostAddress() + ":"
                    + config.httpPort() + ": " + e.getMessage(), e);
        }
        VtpServer server = new VtpServer(socketIo, pool, rooms, config.bindAddress());
        LOG.info("VTP server listening on {}:{} (media UDP port {}, data in {})",
                config.bindAddress().getHostAddress(), server.httpPort, config.mediaPort(), config.dataDir());
        return server;
    }

    /** The TCP port actually bound (the configured one, or the one picked for port 0). */
    public int httpPort() {
        return httpPort;
    }

    /** {@code http://<host>:<port>/} reachable from this machine (loopback when bound to a wildcard). */
    public URI localUri() {
        InetAddress host = bindAddress.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bindAddress;
        return URI.create("http://" + HostAddresses.urlHost(host) + ":" + httpPort + "/");
    }

    /** The rooms of this server (read-only use: diagnostics and tests). */
    public RoomRegistry rooms() {
        return rooms;
    }

    /** Stops accepting, lets departing peers leave, then closes every room and its router. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        socketIo.stop();
        roomPool.shutdown();
        try {
            if (!roomPool.awaitTermination(5, TimeUnit.SECONDS)) {
                roomPool.shutdownNow();
            }
        } catch (InterruptedException e) {
            roomPool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        rooms.close();
        LOG.info("VTP server stopped");
    }

    private static Configuration socketIoConfig(ServerConfig config, HandshakeAuthenticator authenticator) {
        Configuration c = new Configuration();
        c.setHostname(config.bindAddress().getHostAddress());
        c.setPort(config.httpPort());
        // Polling → websocket upgrades lose events in netty-socketio 2.0.14 (LIBRARY-NOTES).
        c.setTransports(Transport.WEBSOCKET);
        c.setAllowCustomRequests(true);
        // Acks are sent by our listeners, often later from a room executor: never auto-ack empty.
        c.setAckMode(AckMode.MANUAL);
        c.setRandomSession(true);
        c.setMaxFramePayloadLength(MAX_FRAME_BYTES);
        c.setMaxHttpContentLength(64 * 1024);
        c.setBossThreads(1);
        c.getSocketConfig().setReuseAddress(true);
        c.setExceptionListener(new SocketIoLogging());
        c.setAuthorizationListener(data -> authenticator.admit(handshake(data))
                ? AuthorizationResult.SUCCESSFUL_AUTHORIZATION : AuthorizationResult.FAILED_AUTHORIZATION);
        return c;
    }

    private static HandshakeAuthenticator.Handshake handshake(HandshakeData data) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : data.getHttpHeaders().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), data.getHttpHeaders().getAll(name));
        }
        return new HandshakeAuthenticator.Handshake(data.getUrlParams(), headers, data.getAddress());
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
