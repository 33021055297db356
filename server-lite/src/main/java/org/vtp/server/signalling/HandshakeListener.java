package org.vtp.server.signalling;

import com.corundumstudio.socketio.AuthTokenListener;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.SocketIOClient;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.auth.AuthException;
import org.vtp.server.auth.Principal;

/**
 * Receives the socket.io v4 {@code auth} payload ({@code {token}}) of a connecting client, asks the
 * authenticator who it is and attaches the principal to the session. A refusal answers the client
 * a {@code connect_error} whose message starts with {@code UNAUTHENTICATED} and whose data is
 * {@code {code: "UNAUTHENTICATED", reason}} (protocol.md, "Authentication").
 */
final class HandshakeListener implements AuthTokenListener {

    /** Longer tokens are refused unread. */
    static final int MAX_TOKEN = 8192;

    private static final Logger LOG = LoggerFactory.getLogger(HandshakeListener.class);

    private final HandshakeAuthenticator authenticator;
    private final Function<SocketIOClient, PeerSession> sessions;

    HandshakeListener(HandshakeAuthenticator authenticator, Function<SocketIOClient, PeerSession> sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @Override
    public AuthTokenResult getAuthTokenResult(Object authData, SocketIOClient client) {
        try {
            Principal who = authenticator.authenticate(handshake(client, token(authData)));
            sessions.apply(client).authenticate(who);
            return AuthTokenResult.AuthTokenResultSuccess;
        } catch (AuthException e) {
            LOG.debug("handshake refused: {} {}", e.code(), e.getMessage());
            return refusal(e.code().name(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("handshake authentication failed", e);
            return refusal("INTERNAL", "authentication failed; try again");
        }
    }

    /** Who a client is without any token: only a server without accounts answers. */
    static Optional<Principal> admitWithoutToken(HandshakeAuthenticator authenticator, SocketIOClient client) {
        try {
            return Optional.of(authenticator.authenticate(handshake(client, Optional.empty())));
        } catch (AuthException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> token(Object authData) throws AuthException {
        if (!(authData instanceof Map<?, ?> map) || map.get("token") == null) {
            return Optional.empty();
        }
        if (!(map.get("token") instanceof String token) || token.isEmpty() || token.length() > MAX_TOKEN) {
            throw new AuthException(AuthException.Code.INVALID_TOKEN, "token must be a string of 1-" + MAX_TOKEN
                    + " characters");
        }
        return Optional.of(token);
    }

    private static HandshakeAuthenticator.Handshake handshake(SocketIOClient client, Optional<String> token) {
        HandshakeData data = client.getHandshakeData();
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : data.getHttpHeaders().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), data.getHttpHeaders().getAll(name));
        }
        return new HandshakeAuthenticator.Handshake(token, data.getUrlParams(), headers, data.getAddress());
    }

    private static AuthTokenResult refusal(String reason, String message) {
        return new AuthTokenResult(false, Map.of("message", "UNAUTHENTICATED: " + message,
                "data", Map.of("code", "UNAUTHENTICATED", "reason", reason)));
    }
}
