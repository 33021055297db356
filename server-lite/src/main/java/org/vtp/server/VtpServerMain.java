package org.vtp.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.sfu.Sfu;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuConfig;
import org.vtp.sfu.api.SfuException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar vtp-server.jar}: starts the SFU and the server, prints the join link, and
 * stops both on SIGTERM. A failed start prints why and exits non-zero.
 */
@Command(name = "vtp-server", mixinStandardHelpOptions = true, version = "VTP server 0.1",
        description = "Runs a VTP classroom server: browser client, REST, signalling and SFU.")
public final class VtpServerMain implements Callable<Integer> {

    /** Starts the media plane; the production one is {@link Sfu#start(SfuConfig)}. */
    @FunctionalInterface
    public interface SfuStarter {
        RouterFactory start(SfuConfig config) throws SfuException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(VtpServerMain.class);

    @Option(names = "--port", description = "HTTP port for page, REST and Socket.IO (default ${DEFAULT-VALUE})")
    int port = ServerConfig.DEFAULT_HTTP_PORT;

    @Option(names = "--media-port", description = "UDP port for all media (default ${DEFAULT-VALUE})")
    int mediaPort = SfuConfig.DEFAULT_MEDIA_PORT;

    @Option(names = "--bind", defaultValue = "0.0.0.0",
            description = "local address to listen on (default ${DEFAULT-VALUE})")
    InetAddress bind;

    @Option(names = "--public-address", description = "address announced to clients; repeatable "
            + "(default: this machine's non-loopback, non-link-local addresses)")
    List<InetAddress> publicAddresses = new ArrayList<>();

    @Option(names = "--data-dir", description = "directory for the server's files (default ${DEFAULT-VALUE})")
    Path dataDir = Path.of("vtp-data");

    @Option(names = "--host-class", paramLabel = "<name>",
            description = "host a class from this machine: open (or reopen) a class that admits guests and print its join link")
    String hostClass;

    @Option(names = "--no-self-registration", negatable = false,
            description = "refuse POST /api/v1/auth/register (accounts are then made by an admin or `user add`)")
    boolean noSelfRegistration;

    @Option(names = "--https", description = "serve HTTPS with a self-signed certificate kept in <data-dir>/tls "
            + "(browsers need a secure origin for camera and microphone), plus plain HTTP on 127.0.0.1")
    boolean https;

    @Option(names = "--local-http-port", description = "with --https: the plain-HTTP port on 127.0.0.1 "
            + "(default ${DEFAULT-VALUE})")
    int localHttpPort = ServerConfig.DEFAULT_LOCAL_HTTP_PORT;

    private final SfuStarter sfuStarter;
    private final PrintWriter out;
    private Running running;

    public VtpServerMain(SfuStarter sfuStarter, PrintWriter out) {
        this.sfuStarter = sfuStarter;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int code = commandLine(new VtpServerMain(Sfu::start, out), in, System.getenv(), out,
                new PrintWriter(System.err, true)).execute(args);
        boolean subcommand = args.length > 0 && args[0].equals("user");
        if (code != 0 || subcommand) {
            // A failed start may leave non-daemon netty threads behind: exit explicitly.
            System.exit(code);
        }
    }

    /** The command with its {@code user add} subcommand; stdin and environment injected for tests. */
    static CommandLine commandLine(VtpServerMain main, BufferedReader in, Map<String, String> env, PrintWriter out,
                                   PrintWriter err) {
        CommandLine user = new CommandLine(new UserGroup())
                .addSubcommand("add", new UserAddCommand(in, env, out, err));
        return new CommandLine(main).addSubcommand("user", user);
    }

    /** {@code user}: account administration from the command line. */
    @Command(name = "user", mixinStandardHelpOptions = true, description = "Manages accounts (server stopped).",
            subcommands = CommandLine.HelpCommand.class)
    static final class UserGroup implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("Use: vtp-server user add --email <email> --role teacher");
            return 2;
        }
    }

    @Override
    public Integer call() {
        ServerConfig config;
        try {
            config = toConfig();
        } catch (IllegalArgumentException e) {
            System.err.println("Invalid configuration: " + e.getMessage());
            return 2;
        }
        try {
            running = start(config);
        } catch (Exception e) {
            LOG.debug("start failed", e);
            System.err.println("VTP server failed to start: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "vtp-shutdown"));
        VtpServer server = running.server();
        String base = baseUrl(config, server);
        out.printf("VTP server ready: %s%n", base);
        server.tlsIdentity().ifPresent(tls -> out.printf("Certificate SHA-256: %s%n", tls.fingerprintForDisplay()));
        if (hostClass != null && !printHostedClass(base, server)) {
            return 1;
        }
        server.setupUri().ifPresent(link -> out.printf("No accounts yet. Create the first admin (link works once): %s%n",
                link));
        out.flush();
        return 0;
    }

    ServerConfig toConfig() {
        List<InetAddress> announced = publicAddresses.isEmpty() ? HostAddresses.discover() : publicAddresses;
        ServerConfig plain = new ServerConfig(bind, port, mediaPort, announced, dataDir)
                .withSelfRegistration(!noSelfRegistration);
        return https ? plain.withHttps(localHttpPort) : plain;
    }

    /** The server and SFU started by {@link #call()}, for tests that run the command in-process. */
    Running running() {
        return running;
    }

    private Running start(ServerConfig config) throws Exception {
        RouterFactory sfu;
        try {
            sfu = sfuStarter.start(config.sfuConfig());
        } catch (SfuException e) {
            throw new IllegalStateException("SFU: " + e.getMessage(), e);
        }
        try {
            return new Running(VtpServer.startSecured(config, sfu), sfu);
        } catch (Exception e) {
            Running.closeQuietly(sfu);
            throw e;
        }
    }

    private static String baseUrl(ServerConfig config, VtpServer server) {
        String scheme = server.tlsIdentity().isPresent() ? "https" : "http";
        return scheme + "://" + HostAddresses.urlHost(config.publicAddresses().get(0)) + ":" + server.httpPort() + "/";
    }

    /** The join link of the hosted class; over HTTPS it carries the certificate pin in its fragment. */
    private boolean printHostedClass(String base, VtpServer server) {
        try {
            var classroom = HostedClass.open(server.accounts(), hostClass);
            String pin = server.tlsIdentity().map(tls -> "#fp=" + tls.fingerprintSha256()).orElse("");
            out.printf("Class \"%s\" is open. Join link: %sjoin/%s%s%n", classroom.name(), base, classroom.code(), pin);
            URI local = server.localPlainUri().orElse(URI.create("http://localhost:" + server.httpPort() + "/"));
            out.printf("On this machine: http://localhost:%d/join/%s%n", local.getPort(), classroom.code());
            out.flush();
            return true;
        } catch (Exception e) {
            LOG.debug("hosting the class failed", e);
            System.err.println("VTP server could not open the class: " + e.getMessage());
            running.close();
            return false;
        }
    }

    /** A started server and the SFU it uses; closing stops the server first, then the SFU. */
    record Running(VtpServer server, RouterFactory sfu) implements AutoCloseable {

        @Override
        public void close() {
            server.close();
            closeQuietly(sfu);
        }

        static void closeQuietly(RouterFactory sfu) {
            if (sfu instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing the SFU failed", e);
                }
            }
        }
    }
}
