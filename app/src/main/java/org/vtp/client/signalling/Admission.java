package org.vtp.client.signalling;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
        return JsonCalls.post(link, "/api/v1/rooms/by-code/" + link.room() + "/guest",
                Json.object("displayName", displayName), Optional.empty(), timeout)
                .thenApply(Admission::fromGuestAnswer);
    }

    /** {@code {token, roomId, name}}. */
    private static Admission fromGuestAnswer(JSONObject json) {
        try {
            return new Admission(json.getString("token"), json.getString("roomId"), json.optString("name", ""));
        } catch (JSONException e) {
            throw new SignallingException(SignallingException.MALFORMED_ACK, "the guest answer has no token");
        }
    }
}
