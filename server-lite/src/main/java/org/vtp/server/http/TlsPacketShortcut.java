package org.vtp.server.http;

import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.messages.PacketsMessage;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandler;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Works around a buffer-lifetime bug of netty-socketio 2.0.14 over TLS with Netty 4.1.130
 * (mrniko/netty-socketio#1062): its websocket transport re-fires each received frame's content
 * from the head of the pipeline and releases the frame right after. Over TLS the head is the
 * {@code SslHandler}, a {@code ByteToMessageDecoder} that is still decoding at that moment, so it
 * queues the message and passes it on only after the release: the packet handler then reads a
 * freed buffer and the connection dies at the Socket.IO CONNECT.
 *
 * <p>Placed before the {@code SslHandler}, this handler hands each such message straight to the
 * packet handler, synchronously, while the buffer is alive; everything else passes unchanged.
 * Runs on the channel's event loop.
 */
@Sharable
final class TlsPacketShortcut extends ChannelInboundHandlerAdapter {

    static final String NAME = "vtpTlsPacketShortcut";

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        ChannelHandlerContext packets = msg instanceof PacketsMessage
                ? ctx.pipeline().context(SocketIOChannelInitializer.PACKET_HANDLER) : null;
        if (packets != null && packets.handler() instanceof ChannelInboundHandler handler) {
            handler.channelRead(packets, msg);
        } else {
            ctx.fireChannelRead(msg);
        }
    }
}
