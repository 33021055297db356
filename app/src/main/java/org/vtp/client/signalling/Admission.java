package org.vtp.client.signalling;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
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
 * What a participant presents to enter a class: the token for the Socket.IO handshake
 * ({@code auth: {token}}) and the classroom id for {@code join-room}. Hosts mint the owner's
 * access token in-process ({@link #of}); everyone else asks the server for a guest token by the
 * link's code ({@link #asGuest}, protocol.md "Joining by code").
 *
 * @param token     access or guest token (a JWT)
 * @param roomId    the classroom id to send in {@code join-room}
 * @param className the class's name, empty when unknown
 */
public record Admission(String token, String roomId, String className) {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_BODY = 16 * 1024;

    public Admission {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(roomId, "roomId");
        className = className == null ? "" : className;
    }

    /** An admission with a token obtained elsewhere (the host's own access token). */
    public static Admission of(String token, String roomId) {
        return new Admission(token, roomId, "");
    }

    /**
     * {@code POST <origin>/api/v1/rooms/by-code/<code>/guest {displayName}} over the link's
     * connection (pinned when the link carries a fingerprint). Completes on OkHttp's thread; fails
     * with a {@link SignallingException} whose code is the server's ({@code NOT_FOUND},
     * {@code FORBIDDEN}, ...) or {@code DISCONNECTED} when the server cannot be reached.
     */
    public static CompletableFuture<Admission> asGuest(JoinLink link, String displayName, Duration timeout) {
        OkHttpClient http = HttpClients.forLink(link, timeout);
        Request request = new Request.Builder()
                .url(link.origin().resolve("/api/v1/rooms/by-code/" + link.room() + "/guest").toString())
                .post(RequestBody.create(JSON, Json.object("displayName", displayName).toString()))
                .build();
        CompletableFuture<Admission> admitted = new CompletableFuture<>();
        http.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                admitted.completeExceptionally(new SignallingException(SignallingException.DISCONNECTED,
                        "cannot reach " + link.origin() + ": " + e.getMessage()));
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response) {
                    admitted.complete(parse(response));
                } catch (SignallingException e) {
                    admitted.completeExceptionally(e);
                }
            }
        });
        return admitted.whenComplete((a, e) -> HttpClients.release(http));
    }

    /** A 200 carries {@code {token, roomId, name}}; anything else {@code {error: {code, message}}}. */
    static Admission parse(Response response) throws SignallingException {
        String body;
        try {
            body = response.peekBody(MAX_BODY).string();
        } catch (IOException e) {
            throw new SignallingException(SignallingException.DISCONNECTED, "guest request failed: " + e.getMessage());
        }
        try {
            JSONObject json = new JSONObject(body);
            if (response.code() == 200) {
                return new Admission(json.getString("token"), json.getString("roomId"), json.optString("name", ""));
            }
            JSONObject error = json.optJSONObject("error");
            String code = error == null ? "HTTP_" + response.code() : error.optString("code", "HTTP_" + response.code());
            String message = error == null ? "" : error.optString("message", "");
            throw new SignallingException(code, message.isEmpty() ? "HTTP " + response.code() : message);
        } catch (JSONException e) {
            throw new SignallingException("HTTP_" + response.code(), "the server sent no VTP answer (HTTP "
                    + response.code() + ")");
        }
    }
}
