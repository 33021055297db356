package org.vtp.server;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.listener.ExceptionListenerAdapter;
import io.netty.channel.ChannelHandlerContext;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * netty-socketio's failures, logged at a level an operator can live with: dropped connections and
 * garbage from clients at DEBUG, faults in our listeners (which should never escape) at ERROR.
 */
final class SocketIoLogging extends ExceptionListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SocketIoLogging.class);

    @Override
    public void onEventException(Exception e, List<Object> args, SocketIOClient client) {
        LOG.error("signalling listener failed for {}", client.getSessionId(), e);
    }

    @Override
    public void onAuthException(Throwable e, SocketIOClient client) {
        LOG.warn("handshake authentication failed for {}", client.getSessionId(), e);
    }

    @Override
    public boolean exceptionCaught(ChannelHandlerContext ctx, Throwable e) {
        if (e instanceof IOException) {
            LOG.debug("connection {} dropped: {}", ctx.channel().remoteAddress(), e.toString());
        } else {
            LOG.debug("connection {} failed", ctx.channel().remoteAddress(), e);
        }
        ctx.close();
        return true;
    }
}
