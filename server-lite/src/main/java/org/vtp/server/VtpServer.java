package org.vtp.server;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.namespace.Namespace;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.access.RoomGates;
import org.vtp.server.account.AccountException;
import org.vtp.server.account.Passwords;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.http.ApiParts;
import org.vtp.server.http.ApiRouter;
import org.vtp.server.http.HttpRoutes;
import org.vtp.server.http.JoinRoutes;
import org.vtp.server.http.VtpChannelInitializer;
import org.vtp.server.room.EndReason;
import org.vtp.server.room.InMemoryRoomRegistry;
import org.vtp.server.room.RoomRegistry;
import org.vtp.server.signalling.SignallingService;
import org.vtp.server.store.StoreException;
import org.vtp.server.tls.TlsIdentity;
import org.vtp.server.tls.TlsIdentityStore;
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
    private static final int PING_INTERVAL_MILLIS = 10_000;
    private static final int PING_TIMEOUT_MILLIS = 10_000;

    /** Requests the API pool may hold before answering 503: a login storm cannot exhaust memory. */
    private static final int API_QUEUE = 256;

    /** Longest wait on close for participants' clients to hang up after {@code roomClosed}. */
    static final Duration FAREWELL = Duration.ofSeconds(1);
    /** Longest wait on close for a room or API task already running (a bcrypt hash takes ~0.2 s). */
    private static final Duration EXECUTOR_DRAIN = Duration.ofSeconds(1);

    private final BoundSocketIOServer socketIo;
    private final ExecutorService roomPool;
    private final ScheduledExecutorService timer;
    private final ExecutorService apiPool;
    private final RoomRegistry rooms;
    private final Accounts accounts;
    private final InetAddress bindAddress;
    private final int httpPort;
    private final Optional<URI> setupUri;
    private final BoundSocketIOServer localPlain;
    private final TlsIdentity tls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VtpServer(BoundSocketIOServer socketIo, BoundSocketIOServer localPlain, TlsIdentity tls,
                      ExecutorService roomPool, ScheduledExecutorService timer, ExecutorService apiPool,
                      RoomRegistry rooms, Accounts accounts, InetAddress bindAddress, Optional<URI> setupUri) {
        this.localPlain = localPlain;
        this.tls = tls;
        this.socketIo = socketIo;
        this.roomPool = roomPool;
        this.timer = timer;
        this.apiPool = apiPool;
        this.rooms = rooms;
        this.accounts = accounts;
        this.bindAddress = bindAddress;
        this.httpPort = socketIo.boundPort();
        this.setupUri = setupUri;
    }

    /**
     * Starts a server whose signalling needs no token ({@link Access#open()}): anyone joins any
     * room under any name. For demos and tests; the account REST API still works.
     */
    public static VtpServer start(ServerConfig config, RouterFactory routerFactory) throws IOException {
        return start(config, routerFactory, Access.open());
    }

    /** Starts a server with the given signalling access rules (tests inject fakes here). */
    public static VtpServer start(ServerConfig config, RouterFactory routerFactory, Access access) throws IOException {
        return startWithAccounts(config, routerFactory, accounts -> access);
    }

    /** Starts a server whose signalling is secured by its own account store: the production setup. */
    public static VtpServer startSecured(ServerConfig config, RouterFactory routerFactory) throws IOException {
        return startWithAccounts(config, routerFactory, Access::fromStore);
    }

    /**
     * Creates the data directory, opens the account database (migrating it), binds the port and
     * starts serving. On a first start without users, {@link #setupUri()} holds the one-time link
     * that creates the first admin.
     *
     * @param accessRules builds who may connect and which classrooms exist from the opened accounts
     * @throws IOException if the data directory or database cannot be opened (another server holds
     *     it) or the port cannot be bound; nothing is left running then
     */
    public static VtpServer startWithAccounts(ServerConfig config, RouterFactory routerFactory,
                                              Function<Accounts, Access> accessRules) throws IOException {
        Files.createDirectories(config.dataDir());
        Accounts accounts;
        try {
            accounts = Accounts.open(config, Clock.systemUTC(), Passwords.DEFAULT_COST);
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return start(config, routerFactory, accessRules.apply(accounts), accounts);
        } catch (IOException | RuntimeException e) {
            accounts.close();
            throw e;
        }
    }

    private static VtpServer start(ServerConfig config, RouterFactory routerFactory, Access access,
                                   Accounts accounts) throws IOException {
        TlsIdentity tls = config.https()
                ? TlsIdentityStore.in(config.dataDir().resolve("tls")).loadOrCreate(config.publicAddresses()) : null;
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("vtp-room-"));
        ExecutorService apiPool = new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(API_QUEUE), daemonThreads("vtp-api-"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("vtp-timer-"));
        RoomRegistry rooms = new InMemoryRoomRegistry(routerFactory, pool, ids);
        ObjectMapper json = new ObjectMapper();
        AtomicReference<URI> publicBase = new AtomicReference<>();
        ApiRouter api = ApiRouter.of(new ApiParts(accounts.tokens(), accounts.service(), accounts.setup(),
                accounts.classrooms(), accounts.audit(), publicBase::get, rooms), apiPool, json);
        ChannelHandler[] routes = {new JoinRoutes(access.classrooms(), access.guestTokens(), json),
                new HttpRoutes(rooms, json, VtpServer.class.getClassLoader(), api)};
        SignallingService signalling = new SignallingService(rooms, ids, access.authenticator(), access.classrooms(),
                new RoomGates(), timer);
        BoundSocketIOServer socketIo;
        BoundSocketIOServer localPlain = null;
        try {
            socketIo = listen(tls == null ? socketIoConfig(config) : useTls(socketIoConfig(config), tls), routes,
                    signalling);
            if (tls != null) {
                localPlain = listenLocalPlain(config, routes, signalling, socketIo);
            }
        } catch (IOException e) {
            pool.shutdownNow();
            timer.shutdownNow();
            apiPool.shutdownNow();
            throw e;
        }
        publicBase.set(URI.create((tls == null ? "http" : "https") + "://"
                + HostAddresses.urlHost(config.publicAddresses().get(0)) + ":" + socketIo.boundPort() + "/"));
        VtpServer server = new VtpServer(socketIo, localPlain, tls, pool, timer, apiPool, rooms, accounts,
                config.bindAddress(), setupLink(accounts, publicBase.get()));
        LOG.info("VTP server listening on {}:{} ({}, media UDP port {}, data in {})",
                config.bindAddress().getHostAddress(), server.httpPort, tls == null ? "http" : "https",
                config.mediaPort(), config.dataDir());
        return server;
    }

    /** With HTTPS, plain HTTP on loopback too: {@code http://localhost} is a secure origin for the host's browser. */
    private static BoundSocketIOServer listenLocalPlain(ServerConfig config, ChannelHandler[] routes,
            SignallingService signalling, BoundSocketIOServer main) throws IOException {
        Configuration plain = socketIoConfig(config);
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
    private static BoundSocketIOServer listen(Configuration configuration, ChannelHandler[] routes,
                                              SignallingService signalling) throws IOException {
        BoundSocketIOServer socketIo = new BoundSocketIOServer(configuration);
        socketIo.setPipelineFactory(new VtpChannelInitializer(routes));
        signalling.attach(socketIo.getNamespace(Namespace.DEFAULT_NAME));
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
    private static Configuration useTls(Configuration configuration, TlsIdentity tls) {
        configuration.setKeyStoreFormat(TlsIdentity.KEY_STORE_TYPE);
        configuration.setKeyStore(new ByteArrayInputStream(tls.keyStoreBytes()));
        configuration.setKeyStorePassword(tls.keyStorePassword());
        configuration.setSSLProtocol("TLS");
        return configuration;
    }

    /** The one-time first-admin link, when the database has no users. The token is in the fragment: never sent. */
    private static Optional<URI> setupLink(Accounts accounts, URI base) throws IOException {
        try {
            return accounts.openSetup().map(token -> base.resolve("/setup#token=" + token));
        } catch (SQLException e) {
            throw new IOException("cannot read the users table: " + e.getMessage(), e);
        }
    }

    /** The one-time link that creates the first admin; empty once the server has users. */
    public Optional<URI> setupUri() {
        return accounts.setup().isOpen() ? setupUri : Optional.empty();
    }

    /**
     * The account side: {@link Accounts#tokens()} verifies access and guest tokens and issues guest
     * tokens, {@link Accounts#classrooms()} is the classroom directory.
     */
    public Accounts accounts() {
        return accounts;
    }

    /**
     * Opens (or reopens, by name) the class this machine hosts: guests admitted, owned by the local
     * admin account, which is created on first use (see {@code --host-class}). The owner's user id
     * is {@link Classroom#ownerId()}; mint its access token with {@link Accounts#tokens()}.
     *
     * @throws IOException if the account database cannot be read or written
     */
    public Classroom openHostedClass(String name) throws IOException {
        try {
            return HostedClass.open(accounts, name);
        } catch (SQLException | AccountException e) {
            throw new IOException("cannot open the class \"" + name + "\": " + e.getMessage(), e);
        }
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

    /**
     * Ends the class for everyone, then stops: stops accepting, tells every joined participant
     * {@code roomClosed {reason: "ended"}} and disconnects it, waits (at most {@link #FAREWELL})
     * until their clients have hung up, so the news is on the wire before netty closes the sockets,
     * then stops netty, the executors, every room and router, and the account store. Takes a few
     * milliseconds when idle (src-docs/hosting.md, "Ending a class"). Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        socketIo.stopAccepting();
        if (localPlain != null) {
            localPlain.stopAccepting();
        }
        sayFarewell();
        socketIo.stop();
        if (localPlain != null) {
            localPlain.stop();
        }
        timer.shutdownNow();
        stop(roomPool);
        rooms.close();
        stop(apiPool);
        accounts.close();
        LOG.info("VTP server stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** {@code roomClosed} to everyone, then a bounded wait for their clients to hang up. */
    private void sayFarewell() {
        try {
            rooms.endAll(EndReason.ENDED).get(FAREWELL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("some participants did not hang up within {} ms; closing their sockets", FAREWELL.toMillis());
        } catch (ExecutionException e) {
            LOG.warn("ending the rooms failed; closing anyway", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets running tasks finish (bounded: a stuck one is interrupted), refusing new ones. */
    private static void stop(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(EXECUTOR_DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
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
        // A client whose network vanished (TCP left open) is noticed by both ends within
        // interval + timeout = 20 s instead of the library's 85 s: its seat is freed, and the
        // client starts rejoining.
        c.setPingInterval(PING_INTERVAL_MILLIS);
        c.setPingTimeout(PING_TIMEOUT_MILLIS);
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
