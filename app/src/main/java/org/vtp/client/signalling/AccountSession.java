package org.vtp.client.signalling;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.json.JSONObject;
import org.vtp.client.link.JoinLink;

/**
 * An account signed in to one VTP server (rest-api.md "Auth"): its 15-minute access token, renewed
 * through the rotating refresh token when less than a minute is left, so every (re)join presents
 * a valid one. Thread-safe; at most one renewal is in flight.
 */
public final class AccountSession {
    private static final long RENEW_MARGIN_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final JoinLink server;
    private final Duration timeout;
    private final LongSupplier nanoClock;
    private final String displayName;
    private final String role;
    private String accessToken;
    private String refreshToken;
    private long renewAtNanos;
    private CompletableFuture<String> renewal;

    private AccountSession(JoinLink server, Duration timeout, LongSupplier nanoClock, String displayName, String role,
                           Grant grant) {
        this.server = server;
        this.timeout = timeout;
        this.nanoClock = nanoClock;
        this.displayName = displayName;
        this.role = role;
        accept(grant);
    }

    /**
     * {@code POST /api/v1/auth/login} on the link's server (pinned when the link has a fingerprint).
     * Fails with the server's code: {@code BAD_CREDENTIALS}, {@code THROTTLED}, or
     * {@code DISCONNECTED}.
     */
    public static CompletableFuture<AccountSession> signIn(JoinLink server, String email, String password,
                                                           Duration timeout) {
        return signIn(server, email, password, timeout, System::nanoTime);
    }

    static CompletableFuture<AccountSession> signIn(JoinLink server, String email, String password, Duration timeout,
                                                    LongSupplier nanoClock) {
        JSONObject body = Json.object("email", email, "password", password);
        return JsonCalls.post(server, "/api/v1/auth/login", body, Optional.empty(), timeout)
                .thenApply(session -> {
                    JSONObject user = session.optJSONObject("user");
                    return new AccountSession(server, timeout, nanoClock, field(user, "displayName"), field(user, "role"),
                            Grant.of(session));
                });
    }

    public String displayName() {
        return displayName;
    }

    /** {@code admin}, {@code teacher} or {@code student}. */
    public String role() {
        return role;
    }

    /**
     * Admissions to the class {@code link} names: a valid access token and the class id looked up
     * by the link's code ({@code GET /api/v1/rooms/by-code/<code>}), fresh for every (re)join.
     */
    public AdmissionSource admissions(JoinLink link) {
        return () -> accessToken().thenCompose(token -> JsonCalls.get(link, "/api/v1/rooms/by-code/" + link.room(),
                timeout).thenApply(room -> new Admission(token, field(room, "roomId"), room.optString("name", ""))));
    }

    /** The current access token, renewed first when it expires within a minute. */
    synchronized CompletableFuture<String> accessToken() {
        if (nanoClock.getAsLong() - renewAtNanos < 0) {
            return CompletableFuture.completedFuture(accessToken);
        }
        if (renewal == null) {
            renewal = JsonCalls.post(server, "/api/v1/auth/refresh", Json.object("refreshToken", refreshToken),
                            Optional.empty(), timeout)
                    .thenApply(session -> renewed(Grant.of(session)))
                    .whenComplete((token, e) -> endRenewal());
        }
        return renewal;
    }

    /** {@code POST /api/v1/auth/logout}: the server revokes this sign-in's refresh tokens. */
    public synchronized CompletableFuture<Void> signOut() {
        return JsonCalls.post(server, "/api/v1/auth/logout", Json.object("refreshToken", refreshToken),
                Optional.empty(), timeout).thenApply(r -> null);
    }

    private synchronized String renewed(Grant grant) {
        accept(grant);
        return accessToken;
    }

    private synchronized void endRenewal() {
        renewal = null;
    }

    private void accept(Grant grant) {
        accessToken = grant.accessToken();
        refreshToken = grant.refreshToken();
        long lifetime = TimeUnit.SECONDS.toNanos(grant.expiresInSeconds());
        renewAtNanos = nanoClock.getAsLong() + Math.max(0, lifetime - RENEW_MARGIN_NANOS);
    }

    /** A session answer's tokens: {@code {accessToken, refreshToken, expiresIn}} (seconds). */
    private record Grant(String accessToken, String refreshToken, long expiresInSeconds) {
        static Grant of(JSONObject session) {
            long expiresIn = session.optLong("expiresIn", -1);
            if (expiresIn <= 0) {
                throw malformed("expiresIn");
            }
            return new Grant(field(session, "accessToken"), field(session, "refreshToken"), expiresIn);
        }
    }

    private static String field(JSONObject json, String key) {
        String value = json == null ? "" : json.optString(key, "");
        if (value.isEmpty()) {
            throw malformed(key);
        }
        return value;
    }

    private static SignallingException malformed(String key) {
        return new SignallingException(SignallingException.MALFORMED_ACK, "the server's answer has no " + key);
    }
}
