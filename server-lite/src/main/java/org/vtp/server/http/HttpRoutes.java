package org.vtp.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.room.Room;
import org.vtp.server.room.RoomRegistry;

/**
 * Answers the HTTP requests netty-socketio leaves alone (everything outside its Socket.IO path).
 * Runs on netty event loops: room views are built on the room's executor and written when ready.
 */
@Sharable
public final class HttpRoutes extends SimpleChannelInboundHandler<FullHttpRequest> {

    /** Where {@code GET /} sends a browser: the sign-in page, which lists and creates classes. */
    public static final String HOME = "/signin";

    private static final Logger LOG = LoggerFactory.getLogger(HttpRoutes.class);
    private static final String ROOMS = "/api/v1/rooms/";
    private static final String LIVE = "/live";
    private static final long VIEW_TIMEOUT_SECONDS = 5;

    private final RoomRegistry rooms;
    private final ObjectMapper json;
    private final StaticResources web;
    private final ApiRouter api;

    /** @param api the REST API; a live room id that is no classroom falls back to the room view */
    public HttpRoutes(RoomRegistry rooms, ObjectMapper json, ClassLoader resources, ApiRouter api) {
        this.rooms = rooms;
        this.json = json;
        this.web = new StaticResources(resources, "web");
        this.api = api;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) throws Exception {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean head = HttpMethod.HEAD.equals(request.method());
        if (request.decoderResult().isFailure()) {
            HttpResponses.send(ctx, false, false,
                    HttpResponses.error(HttpResponseStatus.BAD_REQUEST, "INVALID_ARGUMENT", "malformed request"));
            return;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        if (path.startsWith(ApiRouter.PREFIX)) {
            String roomId = liveRoomId(path);
            api.handle(ctx, request, path, () -> roomView(ctx, keepAlive, head, roomId));
        } else if (!isKnown(path)) {
            HttpResponses.send(ctx, keepAlive, head, notFound());
        } else if (!head && !HttpMethod.GET.equals(request.method())) {
            FullHttpResponse refused = HttpResponses.error(HttpResponseStatus.METHOD_NOT_ALLOWED,
                    "METHOD_NOT_ALLOWED", "use GET");
            refused.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
            HttpResponses.send(ctx, keepAlive, false, refused);
        } else {
            HttpResponses.send(ctx, keepAlive, head, answer(path));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("HTTP connection failed: {}", cause.toString());
        ctx.close();
    }

    /** {@code /api/v1/rooms/<id>} and {@code /api/v1/rooms/<id>/live} name the live room {@code <id>}. */
    private static String liveRoomId(String path) {
        String rest = path.startsWith(ROOMS) ? path.substring(ROOMS.length()) : "";
        return rest.endsWith(LIVE) ? rest.substring(0, rest.length() - LIVE.length()) : rest;
    }

    private static boolean isKnown(String path) {
        return path.equals("/") || path.equals("/health") || path.equals("/setup") || path.equals(HOME)
                || path.startsWith("/join/")
                || path.startsWith("/static/");
    }

    private FullHttpResponse answer(String path) throws IOException {
        if (path.equals("/")) {
            return HttpResponses.redirect(HOME);
        }
        if (path.equals("/health")) {
            return jsonResponse(json.createObjectNode().put("status", "ok"));
        }
        if (path.equals("/setup")) {
            return file("setup.html");
        }
        if (path.equals(HOME)) {
            return file("signin.html");
        }
        if (path.startsWith("/join/")) {
            String roomId = path.substring("/join/".length());
            return Room.ID.matcher(roomId).matches() ? file("join.html") : notFound();
        }
        return file(path.substring(1));
    }

    private FullHttpResponse file(String relativePath) throws IOException {
        Optional<StaticResources.Resource> found = web.find(relativePath);
        if (found.isEmpty()) {
            return notFound();
        }
        return HttpResponses.of(HttpResponseStatus.OK, found.get().contentType(), found.get().bytes());
    }

    private void roomView(ChannelHandlerContext ctx, boolean keepAlive, boolean head, String roomId) {
        Optional<Room> room = Room.ID.matcher(roomId).matches() ? rooms.find(roomId) : Optional.empty();
        if (room.isEmpty()) {
            HttpResponses.send(ctx, keepAlive, head, notFound());
            return;
        }
        CompletableFuture.supplyAsync(() -> room.get().isClosed() ? null : RoomView.of(room.get()),
                        room.get().executor())
                .orTimeout(VIEW_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .whenComplete((view, failure) -> {
                    FullHttpResponse response;
                    if (failure != null) {
                        LOG.warn("room view of {} failed", roomId, failure);
                        response = HttpResponses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "INTERNAL",
                                "room view failed");
                    } else {
                        response = view == null ? notFound() : jsonResponse(view);
                    }
                    HttpResponses.send(ctx, keepAlive, head, response);
                });
    }

    private FullHttpResponse jsonResponse(JsonNode body) {
        try {
            FullHttpResponse response = HttpResponses.of(HttpResponseStatus.OK, HttpResponses.JSON,
                    json.writeValueAsBytes(body));
            response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            return response;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    private static FullHttpResponse notFound() {
        return HttpResponses.error(HttpResponseStatus.NOT_FOUND, "NOT_FOUND", "no such resource");
    }
}
