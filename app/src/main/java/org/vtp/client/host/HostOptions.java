package org.vtp.client.host;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vtp.server.HostAddresses;
import org.vtp.server.ServerConfig;
import org.vtp.sfu.api.SfuConfig;

/**
 * What a hosted class listens on and announces. Validated at construction.
 *
 * @param className          the class's name as participants see it (1-64 characters, no control
 *                           characters); hosting the same name again reopens the same class and link
 * @param bindAddress        local address of the HTTPS and media listeners (wildcard: every adapter)
 * @param announcedAddresses addresses put in join links and ICE candidates, first = the main link
 * @param httpsPort          TCP port of the HTTPS page, REST and Socket.IO (0 = any free port)
 * @param mediaPort          UDP port of all media (0 = any free port)
 * @param localHttpPort      plain-HTTP port on 127.0.0.1 for the host's own browser (0 = any)
 * @param dataDir            where the certificate ({@code tls/}) and server files are kept
 */
public record HostOptions(String className, InetAddress bindAddress, List<InetAddress> announcedAddresses, int httpsPort,
                          int mediaPort, int localHttpPort, Path dataDir) {
    public static final String DEFAULT_CLASS_NAME = "My class";
    public static final int MAX_CLASS_NAME = 64;
    public static final int DEFAULT_HTTPS_PORT = 8443;
    public static final int DEFAULT_LOCAL_HTTP_PORT = 8080;

    public HostOptions {
        className = className == null ? "" : className.strip();
        if (className.isEmpty() || className.codePointCount(0, className.length()) > MAX_CLASS_NAME
                || className.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the class name must be 1 to " + MAX_CLASS_NAME
                    + " characters without control characters");
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        announcedAddresses = List.copyOf(announcedAddresses);
        Objects.requireNonNull(dataDir, "dataDir");
    }

    /** Hosting for the LAN: every adapter, this machine's LAN addresses, the default ports. */
    public static HostOptions lan(String className, Path dataDir) {
        return new HostOptions(className, wildcard(), HostAddresses.discover(), DEFAULT_HTTPS_PORT,
                SfuConfig.DEFAULT_MEDIA_PORT, DEFAULT_LOCAL_HTTP_PORT, dataDir);
    }

    /** Hosting on 127.0.0.1 only, free ports: tests and a demo on one machine. */
    public static HostOptions loopback(String className, Path dataDir) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        return new HostOptions(className, loopback, List.of(loopback), 0, 0, 0, dataDir);
    }

    /** {@code ~/.vtp}: the app's data directory unless one is given. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".vtp");
    }

    /** The server's configuration: HTTPS on, the plain listener on loopback. */
    ServerConfig serverConfig() {
        return new ServerConfig(bindAddress, httpsPort, mediaPort, announcedAddresses, dataDir)
                .withHttps(localHttpPort);
    }

    private static InetAddress wildcard() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("0.0.0.0 is always a valid address", e);
        }
    }
}
