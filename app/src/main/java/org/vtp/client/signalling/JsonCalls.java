package org.vtp.client.signalling;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.json.JSONException;
import org.json.JSONObject;
import org.vtp.client.link.JoinLink;

/**
 * One JSON call to the REST API of the server a link names, over the link's connection (pinned
 * when it carries a fingerprint). A 2xx answer is its JSON object ({} when empty); anything else
 * fails with a {@link SignallingException} carrying the server's {@code {error: {code, message}}},
 * or {@code DISCONNECTED} when the server cannot be reached.
 */
final class JsonCalls {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_BODY = 16 * 1024;

    private JsonCalls() {
    }

    /** {@code POST <origin><path>}, with a bearer token when given. Completes on OkHttp's thread. */
    static CompletableFuture<JSONObject> post(JoinLink server, String path, JSONObject body, Optional<String> bearer,
                                              Duration timeout) {
        Request.Builder request = new Request.Builder().url(server.origin().resolve(path).toString())
                .post(RequestBody.create(JSON, body.toString()));
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return send(server, request.build(), timeout);
    }

    /** {@code GET <origin><path>}. */
    static CompletableFuture<JSONObject> get(JoinLink server, String path, Duration timeout) {
        return send(server, new Request.Builder().url(server.origin().resolve(path).toString()).get().build(), timeout);
    }

    private static CompletableFuture<JSONObject> send(JoinLink server, Request request, Duration timeout) {
        OkHttpClient http = HttpClients.forLink(server, timeout);
        CompletableFuture<JSONObject> answer = new CompletableFuture<>();
        http.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                answer.completeExceptionally(SignallingException.unreachable(server.origin(), e));
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response) {
                    answer.complete(parse(response, server.origin()));
                } catch (SignallingException e) {
                    answer.completeExceptionally(e);
                }
            }
        });
        return answer.whenComplete((a, e) -> HttpClients.release(http));
    }

    /** A 2xx carries the answer; anything else {@code {error: {code, message}}} of {@code origin}. */
    static JSONObject parse(Response response, URI origin) throws SignallingException {
        String body;
        try {
            body = response.peekBody(MAX_BODY).string();
        } catch (IOException e) {
            throw SignallingException.unreachable(origin, e);
        }
        try {
            JSONObject json = body.isBlank() ? new JSONObject() : new JSONObject(body);
            if (response.isSuccessful()) {
                return json;
            }
            JSONObject error = json.optJSONObject("error");
            String code = error == null ? "HTTP_" + response.code() : error.optString("code", "HTTP_" + response.code());
            String message = error == null ? "" : error.optString("message", "");
            throw new SignallingException(code, message.isEmpty() ? "HTTP " + response.code() : message, origin, null);
        } catch (JSONException e) {
            throw new SignallingException("HTTP_" + response.code(), "the server sent no VTP answer (HTTP "
                    + response.code() + ")", origin, null);
        }
    }
}
