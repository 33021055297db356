package org.vtp.server;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link SocketIOServer} that remembers its listening channel, so the port actually bound (port 0
 * in tests) can be read after {@link #start()}; netty-socketio itself does not expose it.
 */
final class BoundSocketIOServer extends SocketIOServer {

    private final AtomicReference<Channel> listening = new AtomicReference<>();

    BoundSocketIOServer(Configuration configuration) {
        super(configuration);
    }

    @Override
    protected void applyConnectionOptions(ServerBootstrap bootstrap) {
        super.applyConnectionOptions(bootstrap);
        bootstrap.handler(new ChannelInboundHandlerAdapter() {
            @Override
            public void handlerAdded(ChannelHandlerContext ctx) {
                listening.set(ctx.channel());
            }
        });
    }

    /** The bound TCP port; only valid after a successful {@link #start()}. */
    int boundPort() {
        Channel channel = listening.get();
        if (channel == null || !(channel.localAddress() instanceof InetSocketAddress address)) {
            throw new IllegalStateException("server is not listening");
        }
        return address.getPort();
    }
}
