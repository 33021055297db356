package org.vtp.server.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the browser client the way the VTP server does ({@code /join/<room>} → classpath
 * {@code web/join.html}, {@code /static/<f>} → {@code web/static/<f>}) on a free loopback port,
 * without signalling, and answers the join-code API with a guest-enabled class for every code.
 * Lets the page be checked in a real browser before the server exists.
 * {@code overrides} replaces a static file's content (e.g. a scripted fake of {@code io()}).
 */
final class StaticWebServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "png", "image/png");

    private static final String JOIN_API = "/api/v1/rooms/by-code/";

    private final HttpServer server;
    private final Map<String, String> overrides;

    private StaticWebServer(HttpServer server, Map<String, String> overrides) {
        this.server = server;
        this.overrides = Map.copyOf(overrides);
    }

    static StaticWebServer start(Map<String, String> overrides) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StaticWebServer server = new StaticWebServer(http, overrides);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(JOIN_API)) {
                joinApi(exchange, path.substring(JOIN_API.length()));
                return;
            }
            String resource = path.startsWith("/join/") ? "web/join.html"
                    : path.startsWith("/static/") && !path.contains("..") ? "web" + path : null;
            byte[] body = resource == null ? null : load(resource, path);
            if (body == null) {
                send(exchange, 404, "application/json", "{\"error\":{\"code\":\"NOT_FOUND\"}}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, TYPES.getOrDefault(extension(resource), "application/octet-stream"), body);
        }
    }

    /** Every code is a guest-enabled class named like its code; guest tokens are placeholders. */
    private static void joinApi(HttpExchange exchange, String rest) throws IOException {
        String code = rest.replaceAll("/guest$", "");
        String body = rest.endsWith("/guest")
                ? "{\"token\":\"guest-token\",\"roomId\":\"" + code + "\",\"name\":\"" + code + "\"}"
                : "{\"roomId\":\"" + code + "\",\"name\":\"" + code + "\",\"guestsAllowed\":true}";
        send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] load(String resource, String path) throws IOException {
        if (overrides.containsKey(path)) {
            return overrides.get(path).getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String extension(String resource) {
        return resource.substring(resource.lastIndexOf('.') + 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
