package org.vtp.server.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** Builds and writes complete responses with the headers every answer carries. */
final class HttpResponses {

    static final String JSON = "application/json";

    private HttpResponses() {
    }

    static FullHttpResponse of(HttpResponseStatus status, String contentType, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(body));
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
        return response;
    }

    /** {@code {"error":{"code":..,"message":..}}}; codes as in protocol.md. */
    static FullHttpResponse error(HttpResponseStatus status, String code, String message) {
        String body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + escape(message) + "\"}}";
        return of(status, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static FullHttpResponse redirect(String location) {
        FullHttpResponse response = of(HttpResponseStatus.FOUND, "text/plain; charset=utf-8", new byte[0]);
        response.headers().set(HttpHeaderNames.LOCATION, location);
        return response;
    }

    /** Writes the response, honouring keep-alive; a HEAD request gets the headers only. */
    static void send(ChannelHandlerContext ctx, boolean keepAlive, boolean head, FullHttpResponse response) {
        if (head) {
            response.content().clear();
        }
        HttpUtil.setKeepAlive(response, keepAlive);
        var future = ctx.writeAndFlush(response);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Messages are our own constants and validated ids; escape anyway so the JSON stays valid. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
