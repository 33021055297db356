package org.vtp.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.auth.DisplayNames;
import org.vtp.server.auth.GuestTokenIssuer;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.ClassroomDirectory;

/**
 * The join page's API (protocol.md, "Joining by code"): {@code GET /api/v1/rooms/by-code/<code>}
 * and {@code POST /api/v1/rooms/by-code/<code>/guest}. Lookups are rate-limited per client address
 * so that join codes cannot be enumerated. Other requests pass on down the pipeline. Runs on netty
 * event loops.
 */
@Sharable
public final class JoinRoutes extends ChannelInboundHandlerAdapter {

    static final String PREFIX = "/api/v1/rooms/by-code/";
    private static final Pattern PATH = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9_-]{1,64})(/guest)?");
    private static final Logger LOG = LoggerFactory.getLogger(JoinRoutes.class);

    private final ClassroomDirectory classrooms;
    private final GuestTokenIssuer guestTokens;
    private final ObjectMapper json;
    private final RateLimiter limiter;

    /** Rate limit: a burst of 30 lookups per address, then one every 2 seconds. */
    public JoinRoutes(ClassroomDirectory classrooms, GuestTokenIssuer guestTokens, ObjectMapper json) {
        this(classrooms, guestTokens, json, new RateLimiter(30, 2_000_000_000L, System::nanoTime));
    }

    JoinRoutes(ClassroomDirectory classrooms, GuestTokenIssuer guestTokens, ObjectMapper json, RateLimiter limiter) {
        this.classrooms = classrooms;
        this.guestTokens = guestTokens;
        this.json = json;
        this.limiter = limiter;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || request.decoderResult().isFailure()
                || !new QueryStringDecoder(request.uri()).path().startsWith(PREFIX)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            FullHttpResponse response;
            try {
                response = answer(ctx, request);
            } catch (RuntimeException e) {
                LOG.warn("join lookup failed", e);
                response = HttpResponses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "lookup failed");
            }
            HttpResponses.send(ctx, HttpUtil.isKeepAlive(request), HttpMethod.HEAD.equals(request.method()), response);
        } finally {
            ReferenceCountUtil.release(request);
        }
    }

    private FullHttpResponse answer(ChannelHandlerContext ctx, FullHttpRequest request) {
        Matcher path = PATH.matcher(new QueryStringDecoder(request.uri()).path());
        if (!path.matches()) {
            return notFound();
        }
        boolean guest = path.group(2) != null;
        HttpMethod allowed = guest ? HttpMethod.POST : HttpMethod.GET;
        if (!allowed.equals(request.method()) && !(!guest && HttpMethod.HEAD.equals(request.method()))) {
            FullHttpResponse refused = HttpResponses.error(HttpResponseStatus.METHOD_NOT_ALLOWED,
                    "METHOD_NOT_ALLOWED", "use " + allowed);
            refused.headers().set(HttpHeaderNames.ALLOW, guest ? "POST" : "GET, HEAD");
            return refused;
        }
        // Only wrong codes spend the budget: a whole class behind one school address joins at
        // once, while guessing codes from one address is slowed to a crawl.
        InetAddress client = clientAddress(ctx);
        if (!limiter.allows(client)) {
            FullHttpResponse slowDown = HttpResponses.error(HttpResponseStatus.TOO_MANY_REQUESTS,
                    "LIMIT_EXCEEDED", "too many wrong codes; try again in a few seconds");
            slowDown.headers().set(HttpHeaderNames.RETRY_AFTER, "2");
            return slowDown;
        }
        Optional<Classroom> classroom = classrooms.byCode(path.group(1));
        if (classroom.isEmpty()) {
            limiter.tryAcquire(client);
            return notFound();
        }
        return guest ? guestToken(classroom.get(), request) : jsonResponse(json.createObjectNode()
                .put("roomId", classroom.get().id()).put("name", classroom.get().name())
                .put("guestsAllowed", classroom.get().guestsAllowed()));
    }

    private FullHttpResponse guestToken(Classroom classroom, FullHttpRequest request) {
        if (!classroom.guestsAllowed()) {
            return HttpResponses.error(HttpResponseStatus.FORBIDDEN, "FORBIDDEN",
                    "this class does not admit guests: sign in");
        }
        Optional<String> name = displayName(request);
        if (name.isEmpty()) {
            return HttpResponses.error(HttpResponseStatus.BAD_REQUEST, "INVALID_ARGUMENT",
                    "send {\"displayName\": 1-" + DisplayNames.MAX_LENGTH + " characters, no control characters}");
        }
        String token = guestTokens.issue(classroom.id(), name.get());
        return jsonResponse(json.createObjectNode().put("token", token).put("roomId", classroom.id())
                .put("name", classroom.name()).put("displayName", name.get()));
    }

    /** The body must be exactly {@code {"displayName": "..."}}. */
    private Optional<String> displayName(FullHttpRequest request) {
        try {
            JsonNode body = json.readTree(request.content().toString(StandardCharsets.UTF_8));
            if (body == null || !body.isObject() || body.size() != 1 || !body.path("displayName").isTextual()) {
                return Optional.empty();
            }
            return DisplayNames.normalise(body.get("displayName").textValue());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static InetAddress clientAddress(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress address
                ? address.getAddress() : InetAddress.getLoopbackAddress();
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
        return HttpResponses.error(HttpResponseStatus.NOT_FOUND, "NOT_FOUND", "no class with this code");
    }
}
