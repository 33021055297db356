package org.vtp.server.http;

import com.corundumstudio.socketio.SocketIOChannelInitializer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;

/**
 * netty-socketio's pipeline plus our HTTP routes, placed just before its "wrong URL" handler: what
 * Socket.IO does not consume reaches us (needs {@code setAllowCustomRequests(true)}). Placed there,
 * and not earlier, so netty-socketio still cancels its first-data timeout on every request. Over
 * TLS it also adds {@link TlsPacketShortcut} in front of the TLS handler.
 */
public final class VtpChannelInitializer extends SocketIOChannelInitializer {

    private static final ChannelHandler SHORTCUT = new TlsPacketShortcut();

    private final ChannelHandler routes;

    public VtpChannelInitializer(ChannelHandler routes) {
        this.routes = routes;
    }

    @Override
    protected void initChannel(Channel channel) throws Exception {
        super.initChannel(channel);
        channel.pipeline().addBefore(WRONG_URL_HANDLER, "vtpHttpRoutes", routes);
        if (channel.pipeline().get(SSL_HANDLER) != null) {
            channel.pipeline().addBefore(SSL_HANDLER, TlsPacketShortcut.NAME, SHORTCUT);
        }
    }
}
