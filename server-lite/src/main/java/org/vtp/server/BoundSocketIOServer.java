package org.vtp.server;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.SocketIOServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link SocketIOServer} that remembers its listening channel, so the port actually bound (port 0
 * in tests) can be read after {@link #start()}; netty-socketio itself does not expose it. It also
 * stops fast: netty-socketio 2.0.14's {@code stop()} shuts its boss and worker groups down one
 * after the other with netty's defaults (2 s quiet period each, up to 15 s), 4 s or more per
 * server. We take the groups from the bootstrap it hands to {@link #applyConnectionOptions} and
 * shut both down at once without a quiet period: by then the server has said goodbye to its
 * clients ({@link VtpServer#close()}), so there is no traffic left to wait for.
 */
final class BoundSocketIOServer extends SocketIOServer {

    /** Longest wait for an event loop to finish the tasks it already has (never reached when idle). */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(1);

    private final AtomicReference<Channel> listening = new AtomicReference<>();
    private final AtomicReference<EventLoopGroup> bossGroup = new AtomicReference<>();
    private final AtomicReference<EventLoopGroup> workerGroup = new AtomicReference<>();
    private final AtomicReference<SocketIOChannelInitializer> pipeline = new AtomicReference<>();

    BoundSocketIOServer(Configuration configuration) {
        super(configuration);
    }

    @Override
    public void setPipelineFactory(SocketIOChannelInitializer pipelineFactory) {
        super.setPipelineFactory(pipelineFactory);
        pipeline.set(pipelineFactory);
    }

    @Override
    protected void applyConnectionOptions(ServerBootstrap bootstrap) {
        super.applyConnectionOptions(bootstrap);
        bossGroup.set(bootstrap.config().group());
        workerGroup.set(bootstrap.config().childGroup());
        bootstrap.handler(new ChannelInboundHandlerAdapter() {
            @Override
            public void handlerAdded(ChannelHandlerContext ctx) {
                listening.set(ctx.channel());
            }
        });
    }

    /**
     * Shuts both event loop groups down in parallel (closing every channel), then the pipeline's
     * timers. A start that failed before the bootstrap was built falls back to the library's stop.
     */
    @Override
    public void stop() {
        EventLoopGroup boss = bossGroup.get();
        EventLoopGroup worker = workerGroup.get();
        SocketIOChannelInitializer initializer = pipeline.get();
        if (boss == null || worker == null || initializer == null) {
            super.stop();
            return;
        }
        long timeoutMillis = STOP_TIMEOUT.toMillis();
        Future<?> bossDone = boss.shutdownGracefully(0, timeoutMillis, TimeUnit.MILLISECONDS);
        Future<?> workerDone = worker.shutdownGracefully(0, timeoutMillis, TimeUnit.MILLISECONDS);
        bossDone.awaitUninterruptibly();
        workerDone.awaitUninterruptibly();
        initializer.stop();
    }

    /** Closes the listening socket: no new connections, the open ones carry on until {@link #stop()}. */
    void stopAccepting() {
        Channel channel = listening.get();
        if (channel != null) {
            channel.close().awaitUninterruptibly(STOP_TIMEOUT.toMillis());
        }
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
