package org.vtp.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.auth.TokenVerifier;

/**
 * The REST API under {@code /api/v1/} (rest-api.md). Matching, size and content-type checks happen
 * on the netty event loop; the handlers (bcrypt, JDBC) run on the blocking API executor and write
 * their answer when done. Every refusal is {@code {error:{code,message}}} with a 4xx status; an
 * unexpected failure is logged and answered 500 without details.
 */
public final class ApiRouter {

    /** The API's path prefix. */
    public static final String PREFIX = "/api/v1/";
    /** Largest accepted body: account and room payloads are tiny. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    /** A route's work, on the API executor; returning null hands the request to the fallback. */
    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiRequest request) throws Exception;
    }

    private record Route(HttpMethod method, String[] pattern, Handler handler) {
    }

    /** Collects the routes each API part contributes. */
    final class Routes {
        void get(String pattern, Handler handler) {
            add(HttpMethod.GET, pattern, handler);
        }

        void post(String pattern, Handler handler) {
            add(HttpMethod.POST, pattern, handler);
        }

        void patch(String pattern, Handler handler) {
            add(HttpMethod.PATCH, pattern, handler);
        }

        void delete(String pattern, Handler handler) {
            add(HttpMethod.DELETE, pattern, handler);
        }

        private void add(HttpMethod method, String pattern, Handler handler) {
            table.add(new Route(method, pattern.split("/"), handler));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);
    /** Path parameters: ids, codes. Anything else cannot name a resource. */
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final List<Route> table = new ArrayList<>();
    private final TokenVerifier verifier;
    private final Executor executor;
    private final ObjectMapper json;

    ApiRouter(TokenVerifier verifier, Executor executor, ObjectMapper json) {
        this.verifier = verifier;
        this.executor = executor;
        this.json = json;
    }

    /** The router with the account, room and admin APIs of the given parts. */
    public static ApiRouter of(ApiParts parts, Executor executor, ObjectMapper json) {
        ApiRouter router = new ApiRouter(parts.tokens(), executor, json);
        Routes routes = router.new Routes();
        new AuthApi(parts.accounts(), parts.setup()).register(routes);
        new RoomsApi(parts.classrooms(), parts.liveRooms(), parts.publicBase()).register(routes);
        new AdminApi(parts.accounts(), parts.audit()).register(routes);
        return router;
    }

    /**
     * Answers a request whose path starts with {@link #PREFIX}; {@code fallback} answers when a
     * handler declines (a room id that is not a classroom: the live room view).
     */
    void handle(ChannelHandlerContext ctx, FullHttpRequest request, String path, Runnable fallback) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean head = HttpMethod.HEAD.equals(request.method());
        HttpMethod method = head ? HttpMethod.GET : request.method();
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        List<String> parameters = new ArrayList<>();
        Set<String> allowed = new LinkedHashSet<>();
        Optional<Route> route = match(method, segments, parameters, allowed);
        if (route.isEmpty()) {
            HttpResponses.send(ctx, keepAlive, head, allowed.isEmpty() ? error(ApiException.notFound())
                    : methodNotAllowed(allowed));
            return;
        }
        Optional<ApiException> refusal = checkBody(request);
        if (refusal.isPresent()) {
            HttpResponses.send(ctx, false, head, error(refusal.get()));
            return;
        }
        byte[] body = new byte[request.content().readableBytes()];
        request.content().getBytes(request.content().readerIndex(), body);
        ApiRequest call = new ApiRequest(parameters, body, request.headers().get(HttpHeaderNames.AUTHORIZATION),
                address(ctx), verifier);
        try {
            executor.execute(() -> run(ctx, keepAlive, head, route.get(), call, fallback));
        } catch (RejectedExecutionException busy) {
            HttpResponses.send(ctx, keepAlive, head, error(new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "BUSY", "the server is busy; try again")));
        }
    }

    private Optional<Route> match(HttpMethod method, String[] segments, List<String> parameters, Set<String> allowed) {
        Optional<Route> found = Optional.empty();
        for (Route route : table) {
            List<String> captured = new ArrayList<>();
            if (!matches(route.pattern(), segments, captured)) {
                continue;
            }
            allowed.add(route.method().name());
            if (route.method().equals(method) && found.isEmpty()) {
                found = Optional.of(route);
                parameters.addAll(captured);
            }
        }
        return found;
    }

    private static boolean matches(String[] pattern, String[] segments, List<String> captured) {
        if (pattern.length != segments.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("*")) {
                if (!PARAMETER.matcher(segments[i]).matches()) {
                    return false;
                }
                captured.add(segments[i]);
            } else if (!pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    /** Bodies must be JSON (which also keeps cross-site HTML forms out) and small. */
    private static Optional<ApiException> checkBody(FullHttpRequest request) {
        if (request.content().readableBytes() > MAX_BODY_BYTES) {
            return Optional.of(new ApiException(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "the body must be at most " + MAX_BODY_BYTES + " bytes"));
        }
        String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
        boolean json = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
        if (request.content().isReadable() && !json) {
            return Optional.of(new ApiException(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "send the body as application/json"));
        }
        return Optional.empty();
    }

    private void run(ChannelHandlerContext ctx, boolean keepAlive, boolean head, Route route, ApiRequest call,
                     Runnable fallback) {
        FullHttpResponse response;
        try {
            ApiResponse answer = route.handler().handle(call);
            if (answer == null) {
                fallback.run();
                return;
            }
            response = success(answer);
        } catch (ApiException e) {
            response = error(e);
        } catch (Exception e) {
            LOG.warn("API request failed", e);
            response = HttpResponses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "server fault");
        }
        HttpResponses.send(ctx, keepAlive, head, response);
    }

    private FullHttpResponse success(ApiResponse answer) throws JsonProcessingException {
        byte[] body = answer.body() == null ? new byte[0] : json.writeValueAsBytes(answer.body());
        FullHttpResponse response = HttpResponses.of(answer.status(), HttpResponses.JSON, body);
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return response;
    }

    private static FullHttpResponse error(ApiException e) {
        FullHttpResponse response = HttpResponses.error(e.status(), e.code(), e.getMessage());
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        e.retryAfter().ifPresent(wait -> response.headers().set(HttpHeaderNames.RETRY_AFTER,
                Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0))));
        if (e.status().equals(HttpResponseStatus.UNAUTHORIZED)) {
            response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }

    private static FullHttpResponse methodNotAllowed(Set<String> allowed) {
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        FullHttpResponse response = HttpResponses.error(HttpResponseStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "use " + String.join(", ", allowed));
        response.headers().set(HttpHeaderNames.ALLOW, String.join(", ", allowed));
        return response;
    }

    private static String address(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress socket && socket.getAddress() != null
                ? socket.getAddress().getHostAddress() : "unknown";
    }
}
