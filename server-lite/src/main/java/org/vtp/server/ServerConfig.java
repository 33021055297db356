package org.vtp.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vtp.sfu.api.SfuConfig;

/**
 * Everything the server needs to start, validated at construction (invalid values fail fast with a
 * message an operator can act on). Defaults live in {@link VtpServerMain}'s options.
 *
 * @param bindAddress local address of the HTTP/Socket.IO listener and the media socket (wildcard binds all)
 * @param httpPort the one TCP port for page, REST and Socket.IO (0 picks a free port: tests)
 * @param mediaPort the one UDP port for all media (0 picks a free port: tests)
 * @param publicAddresses addresses announced in ICE candidates and printed in join links; never empty
 * @param dataDir where the server keeps its files (database, signing key, certificate); created at start if missing
 * @param selfRegistration whether anyone may register a student account ({@code POST /api/v1/auth/register})
 * @param https serve HTTPS on {@code httpPort} with the host's self-signed certificate (kept in
 *     {@code <dataDir>/tls}), plus plain HTTP on 127.0.0.1:{@code localHttpPort}
 * @param localHttpPort the loopback-only plain-HTTP port used with {@code https} (0 picks a free port)
 */
public record ServerConfig(InetAddress bindAddress, int httpPort, int mediaPort, List<InetAddress> publicAddresses,
                           Path dataDir, boolean selfRegistration, boolean https, int localHttpPort) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_LOCAL_HTTP_PORT = 8081;

    public ServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        checkPort("httpPort", httpPort);
        checkPort("mediaPort", mediaPort);
        checkPort("localHttpPort", localHttpPort);
        if (https && localHttpPort != 0 && localHttpPort == httpPort) {
            throw new IllegalArgumentException("the local HTTP port must differ from the HTTPS port " + httpPort);
        }
        publicAddresses = List.copyOf(Objects.requireNonNull(publicAddresses, "publicAddresses"));
        if (publicAddresses.isEmpty()) {
            throw new IllegalArgumentException("at least one public address is needed");
        }
        for (InetAddress address : publicAddresses) {
            if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
                throw new IllegalArgumentException("public address must be a unicast host address, was "
                        + address.getHostAddress());
            }
        }
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
    }

    /** A plain-HTTP server (no TLS) with self-registration on. */
    public ServerConfig(InetAddress bindAddress, int httpPort, int mediaPort, List<InetAddress> publicAddresses,
                        Path dataDir) {
        this(bindAddress, httpPort, mediaPort, publicAddresses, dataDir, true, false, DEFAULT_LOCAL_HTTP_PORT);
    }

    /** This configuration serving HTTPS, with plain HTTP on 127.0.0.1:{@code localHttpPort}. */
    public ServerConfig withHttps(int localHttpPort) {
        return new ServerConfig(bindAddress, httpPort, mediaPort, publicAddresses, dataDir, selfRegistration, true,
                localHttpPort);
    }

    /** The same configuration with self-registration switched. */
    public ServerConfig withSelfRegistration(boolean enabled) {
        return new ServerConfig(bindAddress, httpPort, mediaPort, publicAddresses, dataDir, enabled, https,
                localHttpPort);
    }

    /** A server on loopback with free ports: what tests and a quick local demo want. */
    public static ServerConfig loopback(Path dataDir) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        return new ServerConfig(loopback, 0, 0, List.of(loopback), dataDir);
    }

    /** The SFU's share of this configuration. */
    public SfuConfig sfuConfig() {
        return new SfuConfig(bindAddress, mediaPort, publicAddresses);
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0..65535, was " + port);
        }
    }
}
