package org.vtp.server;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.AuthorizationResult;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.Transport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.vtp.server.tls.TlsIdentity;
import org.vtp.server.tls.TlsIdentityStore;
import org.vtp.sfu.api.RouterFactory;

/**
 * The embeddable server: one port serving Socket.IO (websocket only), the REST API and the browser
 * client. The caller owns the SFU ({@link RouterFactory}); this server owns the rooms and closes
 * their routers on {@link #close()}. Thread-safe.
 *
 * <p>With {@link ServerConfig#https()} the port serves HTTPS (and WSS) with the host's kept
 * self-signed certificate, and a second listener serves the same rooms over plain HTTP on
 * 127.0.0.1 only: {@code http://localhost} is a secure context for browsers, a LAN address is not.
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
    private final BoundSocketIOServer localPlain;
    private final TlsIdentity tls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VtpServer(BoundSocketIOServer socketIo, ExecutorService roomPool, RoomRegistry rooms,
                      InetAddress bindAddress, BoundSocketIOServer localPlain, TlsIdentity tls) {
        this.socketIo = socketIo;
        this.localPlain = localPlain;
        this.tls = tls;
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
        TlsIdentity tls = config.https()
                ? TlsIdentityStore.in(config.dataDir().resolve("tls")).loadOrCreate(config.publicAddresses()) : null;
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("vtp-room-"));
        RoomRegistry rooms = new InMemoryRoomRegistry(routerFactory, pool, ids);
        ObjectMapper json = new ObjectMapper();
        HttpRoutes routes = new HttpRoutes(rooms, json, VtpServer.class.getClassLoader());
        SignallingService signalling = new SignallingService(rooms, ids);
        Configuration main = socketIoConfig(config, authenticator);
        if (tls != null) {
            useTls(main, tls);
        }
        BoundSocketIOServer socketIo;
        BoundSocketIOServer localPlain = null;
        try {
            socketIo = listen(main, routes, signalling);
            if (tls != null) {
                localPlain = listenLocalPlain(config, authenticator, routes, signalling, socketIo);
            }
        } catch (IOException e) {
            pool.shutdownNow();
            throw e;
        }
        VtpServer server = new VtpServer(socketIo, pool, rooms, config.bindAddress(), localPlain, tls);
        LOG.info("VTP server listening on {}:{} ({}, media UDP port {}, data in {})",
                config.bindAddress().getHostAddress(), server.httpPort, tls == null ? "http" : "https",
                config.mediaPort(), config.dataDir());
        return server;
    }

    private static BoundSocketIOServer listenLocalPlain(ServerConfig config, HandshakeAuthenticator authenticator,
            HttpRoutes routes, SignallingService signalling, BoundSocketIOServer main) throws IOException {
        Configuration plain = socketIoConfig(config, authenticator);
        plain.setHostname(InetAddress.getLoopbackAddress().getHostAddress());
        plain.setPort(config.localHttpPort());
        try {
            return listen(plain, routes, signalling);
        } catch (IOException e) {
            main.stop();
            throw e;
        }
    }

    /** One listener: our routes and the shared signalling on a fresh netty-socketio server. */
    private static BoundSocketIOServer listen(Configuration configuration, HttpRoutes routes,
                                              SignallingService signalling) throws IOException {
        BoundSocketIOServer socketIo = new BoundSocketIOServer(configuration);
        socketIo.setPipelineFactory(new VtpChannelInitializer(routes));
        signalling.attach(socketIo);
        try {
            socketIo.start();
            return socketIo;
        } catch (Exception e) {
            // A failed start leaves netty's threads running: stop them before reporting.
            socketIo.stop();
            throw new IOException("cannot listen on " + configuration.getHostname() + ":"
                    + configuration.getPort() + ": " + e.getMessage(), e);
        }
    }

    /** netty-socketio reads the key store once, in start(); TLS 1.2 and 1.3 (the JDK's defaults). */
    private static void useTls(Configuration configuration, TlsIdentity tls) {
        configuration.setKeyStoreFormat(TlsIdentity.KEY_STORE_TYPE);
        configuration.setKeyStore(new ByteArrayInputStream(tls.keyStoreBytes()));
        configuration.setKeyStorePassword(tls.keyStorePassword());
        configuration.setSSLProtocol("TLS");
    }

    /** The TCP port actually bound (the configured one, or the one picked for port 0). */
    public int httpPort() {
        return httpPort;
    }

    /**
     * {@code http(s)://<host>:<port>/} of the main port reachable from this machine (loopback when
     * bound to a wildcard); https when the server serves TLS.
     */
    public URI localUri() {
        InetAddress host = bindAddress.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bindAddress;
        return URI.create((tls == null ? "http" : "https") + "://" + HostAddresses.urlHost(host) + ":" + httpPort + "/");
    }

    /** The certificate the main port serves, when it serves HTTPS. */
    public Optional<TlsIdentity> tlsIdentity() {
        return Optional.ofNullable(tls);
    }

    /** {@code http://127.0.0.1:<port>/} of the loopback-only plain listener that runs beside HTTPS. */
    public Optional<URI> localPlainUri() {
        return Optional.ofNullable(localPlain).map(plain -> URI.create(
                "http://" + HostAddresses.urlHost(InetAddress.getLoopbackAddress()) + ":" + plain.boundPort() + "/"));
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
        if (localPlain != null) {
            localPlain.stop();
        }
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
