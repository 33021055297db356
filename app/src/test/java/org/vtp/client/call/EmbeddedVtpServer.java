package org.vtp.client.call;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.vtp.sfu.Sfu;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuConfig;

/**
 * Test fixture: the VTP server and SFU started in-process on loopback with free ports. The one
 * place that knows how the server starts, so the webrtc-java ITs stay independent of it.
 *
 * <p>{@code org.vtp.server.VtpServer} lives on the server-lite branch and is not merged yet; it is
 * reached by reflection (exactly {@code ServerConfig.loopback(dataDir)}, {@code Sfu.start(config
 * .sfuConfig())}, {@code VtpServer.start(config, sfu)}, {@code localUri()}, {@code close()}) and the
 * test is skipped while it is absent. After integration this becomes three direct calls.
 */
final class EmbeddedVtpServer implements AutoCloseable {
    private final Sfu sfu;
    private final AutoCloseable server;
    private final URI uri;

    private EmbeddedVtpServer(Sfu sfu, AutoCloseable server, URI uri) {
        this.sfu = sfu;
        this.server = server;
        this.uri = uri;
    }

    static EmbeddedVtpServer start(Path dataDir) throws Exception {
        Class<?> configClass = serverClass("org.vtp.server.ServerConfig");
        Class<?> serverClass = serverClass("org.vtp.server.VtpServer");
        Object config = configClass.getMethod("loopback", Path.class).invoke(null, dataDir);
        Sfu sfu = Sfu.start((SfuConfig) configClass.getMethod("sfuConfig").invoke(config));
        try {
            Method start = serverClass.getMethod("start", configClass, RouterFactory.class);
            AutoCloseable server = (AutoCloseable) start.invoke(null, config, sfu);
            URI uri = (URI) serverClass.getMethod("localUri").invoke(server);
            return new EmbeddedVtpServer(sfu, server, uri);
        } catch (InvocationTargetException e) {
            sfu.close();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Class<?> serverClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            Assumptions.abort(name + " is not on the classpath yet (server-lite not merged)");
            throw new IllegalStateException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>/}. */
    URI uri() {
        return uri;
    }

    /** Server first (it closes its routers), then the SFU. */
    @Override
    public void close() throws Exception {
        server.close();
        sfu.close();
    }
}
