package org.vtp.server;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.namespace.Namespace;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.access.RoomGates;
import org.vtp.server.http.HttpRoutes;
import org.vtp.server.http.JoinRoutes;
import org.vtp.server.http.VtpChannelInitializer;
import org.vtp.server.room.InMemoryRoomRegistry;
import org.vtp.server.room.RoomRegistry;
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
    private final ScheduledExecutorService timer;
    private final RoomRegistry rooms;
    private final InetAddress bindAddress;
    private final int httpPort;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VtpServer(BoundSocketIOServer socketIo, ExecutorService roomPool, ScheduledExecutorService timer,
                      RoomRegistry rooms, InetAddress bindAddress) {
        this.socketIo = socketIo;
        this.roomPool = roomPool;
        this.timer = timer;
        this.rooms = rooms;
        this.bindAddress = bindAddress;
        this.httpPort = socketIo.boundPort();
    }

    /**
     * Starts a server without accounts ({@link Access#open()}): anyone joins any room under any
     * name. Kept for the embedded demo and tests until the account store is wired in.
     */
    public static VtpServer start(ServerConfig config, RouterFactory routerFactory) throws IOException {
        return start(config, routerFactory, Access.open());
    }

    /**
     * Creates the data directory, binds the port and starts serving.
     *
     * @param access who may connect (tokens), which classrooms exist, and how guests get tokens
     * @throws IOException if the data directory cannot be created or the port cannot be bound;
     *     nothing is left running then
     */
    public static VtpServer start(ServerConfig config, RouterFactory routerFactory,
                                  Access access) throws IOException {
        Files.createDirectories(config.dataDir());
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("vtp-room-"));
        RoomRegistry rooms = new InMemoryRoomRegistry(routerFactory, pool, ids);
        ObjectMapper json = new ObjectMapper();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("vtp-timer-"));
        BoundSocketIOServer socketIo = new BoundSocketIOServer(socketIoConfig(config));
        socketIo.setPipelineFactory(new VtpChannelInitializer(
                new JoinRoutes(access.classrooms(), access.guestTokens(), json),
                new HttpRoutes(rooms, json, VtpServer.class.getClassLoader())));
        new SignallingService(rooms, ids, access.authenticator(), access.classrooms(), new RoomGates(), timer)
                .attach(socketIo.getNamespace(Namespace.DEFAULT_NAME));
        try {
            socketIo.start();
        } catch (Exception e) {
            // A failed start leaves netty's threads running: stop them before reporting.
            socketIo.stop();
            pool.shutdownNow();
            timer.shutdownNow();
            throw new IOException("cannot listen on " + config.bindAddress().getHostAddress() + ":"
                    + config.httpPort() + ": " + e.getMessage(), e);
        }
        VtpServer server = new VtpServer(socketIo, pool, timer, rooms, config.bindAddress());
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
        timer.shutdownNow();
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

    private static Configuration socketIoConfig(ServerConfig config) {
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
        return c;
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
