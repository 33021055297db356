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
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.access.RoomGates;
import org.vtp.server.account.Passwords;
import org.vtp.server.http.ApiParts;
import org.vtp.server.http.ApiRouter;
import org.vtp.server.http.HttpRoutes;
import org.vtp.server.http.JoinRoutes;
import org.vtp.server.http.VtpChannelInitializer;
import org.vtp.server.room.InMemoryRoomRegistry;
import org.vtp.server.room.RoomRegistry;
import org.vtp.server.signalling.SignallingService;
import org.vtp.server.store.StoreException;
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

    /** Requests the API pool may hold before answering 503: a login storm cannot exhaust memory. */
    private static final int API_QUEUE = 256;

    private final BoundSocketIOServer socketIo;
    private final ExecutorService roomPool;
    private final ScheduledExecutorService timer;
    private final ExecutorService apiPool;
    private final RoomRegistry rooms;
    private final Accounts accounts;
    private final InetAddress bindAddress;
    private final int httpPort;
    private final Optional<URI> setupUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VtpServer(BoundSocketIOServer socketIo, ExecutorService roomPool, ScheduledExecutorService timer,
                      ExecutorService apiPool, RoomRegistry rooms, Accounts accounts, InetAddress bindAddress,
                      Optional<URI> setupUri) {
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
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("vtp-room-"));
        ExecutorService apiPool = new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(API_QUEUE), daemonThreads("vtp-api-"));
        RoomRegistry rooms = new InMemoryRoomRegistry(routerFactory, pool, ids);
        ObjectMapper json = new ObjectMapper();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("vtp-timer-"));
        AtomicReference<URI> publicBase = new AtomicReference<>();
        ApiRouter api = ApiRouter.of(new ApiParts(accounts.tokens(), accounts.service(), accounts.setup(),
                accounts.classrooms(), accounts.audit(), publicBase::get), apiPool, json);
        BoundSocketIOServer socketIo = new BoundSocketIOServer(socketIoConfig(config));
        socketIo.setPipelineFactory(new VtpChannelInitializer(
                new JoinRoutes(access.classrooms(), access.guestTokens(), json),
                new HttpRoutes(rooms, json, VtpServer.class.getClassLoader(), api)));
        new SignallingService(rooms, ids, access.authenticator(), access.classrooms(), new RoomGates(), timer)
                .attach(socketIo.getNamespace(Namespace.DEFAULT_NAME));
        try {
            socketIo.start();
        } catch (Exception e) {
            // A failed start leaves netty's threads running: stop them before reporting.
            socketIo.stop();
            pool.shutdownNow();
            timer.shutdownNow();
            apiPool.shutdownNow();
            throw new IOException("cannot listen on " + config.bindAddress().getHostAddress() + ":"
                    + config.httpPort() + ": " + e.getMessage(), e);
        }
        publicBase.set(URI.create("http://" + HostAddresses.urlHost(config.publicAddresses().get(0)) + ":"
                + socketIo.boundPort() + "/"));
        Optional<URI> setup = setupLink(accounts, publicBase.get());
        VtpServer server = new VtpServer(socketIo, pool, timer, apiPool, rooms, accounts, config.bindAddress(), setup);
        LOG.info("VTP server listening on {}:{} (media UDP port {}, data in {})",
                config.bindAddress().getHostAddress(), server.httpPort, config.mediaPort(), config.dataDir());
        return server;
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
        apiPool.shutdown();
        try {
            if (!apiPool.awaitTermination(5, TimeUnit.SECONDS)) {
                apiPool.shutdownNow();
            }
        } catch (InterruptedException e) {
            apiPool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        accounts.close();
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
