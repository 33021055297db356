package org.vtp.client.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells, without loading libpulse, whether a PulseAudio (or pipewire-pulse) server answers: on
 * Linux webrtc-java's platform audio module aborts the JVM without one and its device queries hang
 * forever. Other systems have no sound server to probe ({@link #platformAudioUsable()} is true).
 *
 * <p>Candidates follow libpulse's lookup order ({@code pa_context_connect}, client.conf(5)): the
 * {@code PULSE_SERVER} variable; else {@code default-server} of the client configuration
 * ({@code PULSE_CLIENTCONFIG}, else {@code $XDG_CONFIG_HOME/pulse/client.conf} or
 * {@code ~/.config/pulse/client.conf}, else the system file); else the per-user socket
 * ({@code $PULSE_RUNTIME_PATH/native}, {@code $XDG_RUNTIME_DIR/pulse/native}, else
 * {@code /run/user/<uid>/pulse/native}) and the system daemon's socket. Not covered: the X11 root
 * window property and libpulse's last-resort TCP attempt on localhost (both rare). A server string
 * is a space-separated list of {@code unix:PATH}, {@code /PATH}, {@code tcp[4|6]:HOST[:PORT]} or
 * {@code HOST[:PORT]}, each optionally prefixed by {@code {machine-id}}.
 */
public final class SoundServerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(SoundServerProbe.class);
    private static final int DEFAULT_PORT = 4713;
    private static final Duration TCP_TIMEOUT = Duration.ofMillis(500);

    private final Map<String, String> env;
    private final String osName;
    private final Path home;
    private final Optional<Long> uid;
    private final Path systemConfig;
    private final Path systemSocket;

    /**
     * @param systemConfig libpulse's system client.conf ({@code /etc/pulse/client.conf})
     * @param systemSocket the system-wide daemon's socket ({@code /var/run/pulse/native})
     */
    public SoundServerProbe(Map<String, String> env, String osName, Path home, Optional<Long> uid,
                            Path systemConfig, Path systemSocket) {
        this.env = Map.copyOf(env);
        this.osName = osName;
        this.home = home;
        this.uid = uid;
        this.systemConfig = systemConfig;
        this.systemSocket = systemSocket;
    }

    /** The probe for this process's environment, user and system paths. */
    public static SoundServerProbe ofThisProcess() {
        return new SoundServerProbe(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", "/")), currentUid(),
                Path.of("/etc/pulse/client.conf"), Path.of("/var/run/pulse/native"));
    }

    private static Optional<Long> currentUid() {
        try {
            return Optional.of(((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the platform audio module may be created: not Linux, or a sound server answers. */
    public boolean platformAudioUsable() {
        return !osName.toLowerCase(Locale.ROOT).contains("linux") || reachableServer().isPresent();
    }

    /** The first candidate server that accepts a connection, as libpulse would try them. */
    public Optional<String> reachableServer() {
        for (String candidate : candidates()) {
            if (accepts(candidate)) {
                return Optional.of(candidate);
            }
        }
        LOG.info("no sound server answers (tried {})", candidates());
        return Optional.empty();
    }

    /** Server addresses in libpulse's order, machine-id prefixes removed. */
    List<String> candidates() {
        Optional<String> configured = nonBlank(env.get("PULSE_SERVER")).or(this::configuredServer);
        if (configured.isPresent()) {
            List<String> servers = new ArrayList<>();
            for (String entry : configured.get().trim().split("\\s+")) {
                servers.add(entry.replaceFirst("^\\{[^}]*}", ""));
            }
            return servers;
        }
        List<String> servers = new ArrayList<>();
        userSocket().ifPresent(socket -> servers.add("unix:" + socket));
        servers.add("unix:" + systemSocket);
        return servers;
    }

    private Optional<Path> userSocket() {
        Optional<String> runtime = nonBlank(env.get("PULSE_RUNTIME_PATH"))
                .or(() -> nonBlank(env.get("XDG_RUNTIME_DIR")).map(dir -> dir + "/pulse"))
                .or(() -> uid.map(id -> "/run/user/" + id + "/pulse"));
        return runtime.map(dir -> Path.of(dir, "native"));
    }

    /**
     * {@code default-server} of the client configuration libpulse reads: only the first file that
     * exists of {@code PULSE_CLIENTCONFIG}, the user's and the system's client.conf.
     */
    private Optional<String> configuredServer() {
        List<Path> files = new ArrayList<>();
        nonBlank(env.get("PULSE_CLIENTCONFIG")).ifPresent(f -> files.add(Path.of(f)));
        files.add(nonBlank(env.get("XDG_CONFIG_HOME")).map(Path::of).orElse(home.resolve(".config"))
                .resolve("pulse/client.conf"));
        files.add(systemConfig);
        return files.stream().filter(Files::isRegularFile).findFirst().flatMap(SoundServerProbe::defaultServer);
    }

    /** {@code default-server = ...} of a client.conf ({@code #} and {@code ;} start comments). */
    static Optional<String> defaultServer(Path clientConf) {
        try {
            for (String line : Files.readAllLines(clientConf)) {
                String text = line.replaceFirst("[#;].*", "").trim();
                int equals = text.indexOf('=');
                if (equals > 0 && text.substring(0, equals).trim().equals("default-server")) {
                    return nonBlank(text.substring(equals + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read {}: {}", clientConf, e.toString());
        }
        return Optional.empty();
    }

    private static boolean accepts(String server) {
        try {
            if (server.startsWith("unix:") || server.startsWith("/")) {
                Path socket = Path.of(server.startsWith("unix:") ? server.substring(5) : server);
                try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    channel.connect(UnixDomainSocketAddress.of(socket));
                    return true;
                }
            }
            InetSocketAddress address = tcpAddress(server);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()),
                        (int) TCP_TIMEOUT.toMillis());
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("sound server {} does not answer: {}", server, e.toString());
            return false;
        }
    }

    /** {@code tcp[4|6]:HOST[:PORT]} or {@code HOST[:PORT]}; IPv6 hosts in brackets. Not resolved yet. */
    static InetSocketAddress tcpAddress(String server) {
        String rest = server.replaceFirst("^tcp[46]?:", "");
        String host = rest;
        int port = DEFAULT_PORT;
        int colon = rest.lastIndexOf(':');
        int bracket = rest.lastIndexOf(']');
        if (colon > bracket && (bracket >= 0 || rest.indexOf(':') == colon)) {
            host = rest.substring(0, colon);
            port = Integer.parseInt(rest.substring(colon + 1));
        }
        host = host.replaceAll("^\\[|]$", "");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in sound server " + server);
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
