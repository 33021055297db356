package org.vtp.server.signalling;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.vtp.server.auth.AuthException;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;
import org.vtp.server.auth.TokenVerifier;

/**
 * Says who opens a Socket.IO connection, from the socket.io v4 handshake {@code auth: {token}}
 * payload (protocol.md, "Authentication"). Called on a netty thread for every new connection: must
 * be quick. A refusal becomes a {@code connect_error} with code {@code UNAUTHENTICATED}.
 */
@FunctionalInterface
public interface HandshakeAuthenticator {

    /**
     * A server without accounts: every connection is an anonymous student with no name (the
     * {@code join-room} payload names it). Only for an embedded demo and tests.
     */
    HandshakeAuthenticator OPEN = handshake -> new Principal("anonymous-" + UUID.randomUUID(), "", Role.STUDENT,
            Optional.empty());

    /** @throws AuthException if the connection may not open */
    Principal authenticate(Handshake handshake) throws AuthException;

    /** Requires a valid access token or guest token. */
    static HandshakeAuthenticator tokens(TokenVerifier verifier) {
        Objects.requireNonNull(verifier, "verifier");
        return handshake -> verifier.verify(handshake.token().orElseThrow(
                () -> new AuthException(AuthException.Code.INVALID_TOKEN, "a token is required")));
    }

    /**
     * What a client showed when it connected.
     *
     * @param token the {@code token} of the handshake's {@code auth} payload, if any
     * @param query the URL query parameters of the handshake request
     * @param headers the request headers, names in lower case
     * @param remoteAddress the client's address
     */
    record Handshake(Optional<String> token, Map<String, List<String>> query, Map<String, List<String>> headers,
                     InetSocketAddress remoteAddress) {
        public Handshake {
            Objects.requireNonNull(token, "token");
            query = Map.copyOf(query);
            headers = Map.copyOf(headers);
        }
    }
}
