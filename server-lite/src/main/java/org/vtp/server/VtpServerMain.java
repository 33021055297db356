package org.vtp.server;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    static final String DEFAULT_ROOM = "class";

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
        int code = new CommandLine(new VtpServerMain(Sfu::start, out)).execute(args);
        if (code != 0) {
            // A failed start may leave non-daemon netty threads behind: exit explicitly.
            System.exit(code);
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
        printReady(config, running.server());
        return 0;
    }

    ServerConfig toConfig() {
        List<InetAddress> announced = publicAddresses.isEmpty() ? HostAddresses.discover() : publicAddresses;
        ServerConfig plain = new ServerConfig(bind, port, mediaPort, announced, dataDir);
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
            return new Running(VtpServer.start(config, sfu), sfu);
        } catch (Exception e) {
            Running.closeQuietly(sfu);
            throw e;
        }
    }

    private void printReady(ServerConfig config, VtpServer server) {
        String host = HostAddresses.urlHost(config.publicAddresses().get(0));
        int httpPort = server.httpPort();
        if (server.tlsIdentity().isPresent()) {
            String fingerprint = server.tlsIdentity().get().fingerprintSha256();
            out.printf("VTP server ready. Join a class: https://%s:%d/join/%s#fp=%s%n", host, httpPort, DEFAULT_ROOM,
                    fingerprint);
            out.printf("Certificate SHA-256: %s%n", server.tlsIdentity().get().fingerprintForDisplay());
            server.localPlainUri().ifPresent(local -> out.printf("On this machine: http://localhost:%d/join/%s%n",
                    local.getPort(), DEFAULT_ROOM));
        } else {
            out.printf("VTP server ready. Join a class: http://%s:%d/join/%s%n", host, httpPort, DEFAULT_ROOM);
            out.printf("On this machine: http://localhost:%d/join/%s%n", httpPort, DEFAULT_ROOM);
        }
        out.flush();
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
