package org.vtp.server.e2e;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vtp.sfu.Sfu;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuConfig;

/**
 * The VTP server under test: the one place that knows how to start it. Embedded in this JVM on
 * loopback with ephemeral HTTP and media ports, bound to and announcing 127.0.0.1
 * ({@code ServerConfig.loopback}); the SFU first, then the server, closed in reverse order.
 *
 * <p>With {@code -Dvtp.e2e.baseUrl=http://127.0.0.1:8080} the tests use a server started
 * elsewhere instead.
 *
 * <p>Why reflection: {@code org.vtp.server.VtpServer} and {@code ServerConfig} are written on
 * another branch in parallel; this class calls their API as seen there
 * ({@code ServerConfig.loopback(Path)}, {@code sfuConfig()}, {@code VtpServer.start(ServerConfig,
 * RouterFactory)}, {@code httpPort()}, {@code close()}) so the tests compile before the merge.
 * After integration replace the reflective calls with direct ones, here only.
 */
final class E2eServer implements AutoCloseable {

    private final String baseUrl;
    private final Object server;
    private final AutoCloseable sfu;

    private E2eServer(String baseUrl, Object server, AutoCloseable sfu) {
        this.baseUrl = baseUrl;
        this.server = server;
        this.sfu = sfu;
    }

    static E2eServer start() throws Exception {
        String external = System.getProperty("vtp.e2e.baseUrl");
        if (external != null && !external.isBlank()) {
            return new E2eServer(external.replaceAll("/+$", ""), null, null);
        }
        Path dataDir = Files.createTempDirectory("vtp-e2e-data-");
        Class<?> configType = Class.forName("org.vtp.server.ServerConfig");
        Object config = configType.getMethod("loopback", Path.class).invoke(null, dataDir);
        SfuConfig sfuConfig = (SfuConfig) configType.getMethod("sfuConfig").invoke(config);
        Sfu sfu = Sfu.start(sfuConfig);
        try {
            Class<?> serverType = Class.forName("org.vtp.server.VtpServer");
            Method start = serverType.getMethod("start", configType, RouterFactory.class);
            Object server = invoke(start, null, config, sfu);
            int port = (Integer) serverType.getMethod("httpPort").invoke(server);
            return new E2eServer("http://127.0.0.1:" + port, server, sfu);
        } catch (Exception | Error e) {
            sfu.close();
            throw e;
        }
    }

    private static Object invoke(Method method, Object target, Object... args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The join link of the browser client for {@code room}, display name and media choice. */
    String joinUrl(String room, String name, String media) {
        return baseUrl + "/join/" + room + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&media=" + media;
    }

    @Override
    public void close() throws Exception {
        try {
            if (server != null) {
                invoke(server.getClass().getMethod("close"), server);
            }
        } finally {
            if (sfu != null) {
                sfu.close();
            }
        }
    }
}
