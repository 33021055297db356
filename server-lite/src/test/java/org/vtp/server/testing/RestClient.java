package org.vtp.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for {@code /api/v1} in tests. */
public final class RestClient {

    /** One answer: status, parsed body (a missing node when empty) and headers. */
    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        public String errorCode() {
            return body.at("/error/code").asText();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    public RestClient(URI base) {
        this.base = base;
    }

    public static ObjectNode json(Object... keysAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node;
    }

    public Answer get(String path, String token) throws Exception {
        return send("GET", path, null, "application/json", token);
    }

    public Answer post(String path, JsonNode body, String token) throws Exception {
        return send("POST", path, body == null ? null : body.toString(), "application/json", token);
    }

    public Answer patch(String path, JsonNode body, String token) throws Exception {
        return send("PATCH", path, body.toString(), "application/json", token);
    }

    public Answer delete(String path, String token) throws Exception {
        return send("DELETE", path, null, "application/json", token);
    }

    /** Any method, raw body and content type: for the hostile-input tables. */
    public Answer send(String method, String path, String body, String contentType, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), parsed, response);
    }
}
