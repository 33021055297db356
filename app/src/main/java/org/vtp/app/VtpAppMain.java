package org.vtp.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.vtp.app.headless.HeadlessHost;
import org.vtp.app.headless.Lifetime;
import org.vtp.app.headless.SyntheticParticipant;
import org.vtp.client.host.HostOptions;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar vtp-app.jar}: without arguments the desktop window; {@code --host} hosts a
 * class at once and prints its join link; {@code --join <link> --name <name>} joins at once.
 * Headless runs send a synthetic camera and tone, and last until SIGTERM or until standard input
 * closes (unless {@code --ignore-stdin}); exit 0 after a clean end, 1 when starting failed, 2 on
 * invalid arguments.
 */
@Command(name = "vtp-app", mixinStandardHelpOptions = true, version = "VTP desktop app 0.1",
        description = "VTP classroom app: the window, or a headless host (--host) or participant (--join).")
public final class VtpAppMain implements Callable<Integer> {

    static final class Mode {
        @Option(names = "--host", required = true, description = "host a class now and print its join link")
        boolean host;

        @Option(names = "--join", required = true, paramLabel = "<link>", description = "join the class of a join link")
        String join;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--name", description = "with --host: the class name (default ${DEFAULT-VALUE}); "
            + "with --join: your display name (required)")
    String name;

    @Option(names = "--data-dir", description = "where the host keeps its certificate (default ~/.vtp)")
    Path dataDir = HostOptions.defaultDataDir();

    @Option(names = "--loopback", description = "127.0.0.1 only, free ports unless given (tests, one-machine demos)")
    boolean loopback;

    @Option(names = "--port", description = "with --host: HTTPS port (default " + HostOptions.DEFAULT_HTTPS_PORT
            + ", free port with --loopback)")
    Integer port;

    @Option(names = "--no-camera", description = "with --host: host without joining the class yourself")
    boolean noCamera;

    @Option(names = "--ignore-stdin", description = "keep running when standard input closes (stop with SIGTERM)")
    boolean ignoreStdin;

    private final PrintWriter out;
    private final InputStream in;

    VtpAppMain(PrintWriter out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            if (!UiLauncher.launch()) {
                System.err.println("This build has no desktop window (" + UiLauncher.APP_CLASS
                        + " is missing): use --host or --join, see --help.");
                System.exit(2);
            }
            return;
        }
        int code = new CommandLine(new VtpAppMain(new PrintWriter(System.out, true), System.in)).execute(args);
        // libwebrtc and netty may leave non-daemon threads behind: exit explicitly.
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        if (mode.host) {
            return host();
        }
        if (name == null || name.isBlank()) {
            System.err.println("--join needs --name <your name>");
            return 2;
        }
        JoinLink link;
        try {
            link = JoinLink.parse(mode.join);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        return join(link);
    }

    private int host() throws Exception {
        String className = name == null ? HostOptions.DEFAULT_CLASS_NAME : name;
        HostOptions options;
        try {
            options = hostOptions(className);
        } catch (IllegalArgumentException e) {
            System.err.println("Invalid option: " + e.getMessage());
            return 2;
        }
        Lifetime lifetime = lifetime();
        HeadlessHost host;
        try {
            host = HeadlessHost.start(options, !noCamera, "Host", network(), out);
        } catch (Exception e) {
            System.err.println("Hosting failed: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lifetime.end("terminated");
            closeQuietly(host);
        }, "vtp-shutdown"));
        String reason = lifetime.await();
        host.close();
        out.println("Class ended (" + reason + ")");
        out.flush();
        return 0;
    }

    private HostOptions hostOptions(String className) {
        HostOptions base = loopback ? HostOptions.loopback(className, dataDir) : HostOptions.lan(className, dataDir);
        if (port == null) {
            return base;
        }
        return new HostOptions(base.className(), base.bindAddress(), base.announcedAddresses(), port, base.mediaPort(),
                base.localHttpPort(), base.dataDir());
    }

    private int join(JoinLink link) throws Exception {
        Lifetime lifetime = lifetime();
        SyntheticParticipant participant;
        try {
            participant = SyntheticParticipant.join(link, name.strip(), network(), this::status);
        } catch (Exception e) {
            System.err.println("Joining failed: " + e.getMessage());
            return 1;
        }
        participant.onDisconnect(why -> lifetime.end("the class ended: " + why));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "vtp-status");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> status("video frames received: " + participant.videoFramesReceived()),
                5, 5, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lifetime.end("terminated");
            closeQuietly(participant);
        }, "vtp-shutdown"));
        String reason = lifetime.await();
        ticker.shutdownNow();
        participant.close();
        status("left (" + reason + ")");
        return 0;
    }

    private Lifetime lifetime() {
        Lifetime lifetime = new Lifetime();
        if (!ignoreStdin) {
            lifetime.endOnEof(in);
        }
        return lifetime;
    }

    private NetworkMode network() {
        return loopback ? NetworkMode.LOOPBACK : NetworkMode.SYSTEM;
    }

    private synchronized void status(String line) {
        out.println(line);
        out.flush();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("closing failed: " + e);
        }
    }
}
