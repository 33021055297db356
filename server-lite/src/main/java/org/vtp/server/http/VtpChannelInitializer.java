package org.vtp.server.http;

import com.corundumstudio.socketio.SocketIOChannelInitializer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import java.util.List;

/**
 * netty-socketio's pipeline plus our HTTP routes, placed just before its "wrong URL" handler: what
 * Socket.IO does not consume reaches us (needs {@code setAllowCustomRequests(true)}). Placed there,
 * and not earlier, so netty-socketio still cancels its first-data timeout on every request. Each
 * route handler answers its own paths and passes the others on, in the order given. Over TLS it
 * also adds {@link TlsPacketShortcut} in front of the TLS handler.
 */
public final class VtpChannelInitializer extends SocketIOChannelInitializer {

    private static final ChannelHandler SHORTCUT = new TlsPacketShortcut();

    private final List<ChannelHandler> routes;

    public VtpChannelInitializer(ChannelHandler... routes) {
        this.routes = List.of(routes);
    }

    @Override
    protected void initChannel(Channel channel) throws Exception {
        super.initChannel(channel);
        for (int i = 0; i < routes.size(); i++) {
            channel.pipeline().addBefore(WRONG_URL_HANDLER, "vtpHttpRoutes" + i, routes.get(i));
        }
        if (channel.pipeline().get(SSL_HANDLER) != null) {
            channel.pipeline().addBefore(SSL_HANDLER, TlsPacketShortcut.NAME, SHORTCUT);
        }
    }
}
