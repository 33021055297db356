package org.vtp.server.signalling;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * Decides at the Socket.IO handshake whether a connection may open: the seam where token checks go
 * (a later issue). Called on a netty thread for every new connection: must be quick.
 */
@FunctionalInterface
public interface HandshakeAuthenticator {

    /** Admits everyone: rooms are open while VTP has no accounts. */
    HandshakeAuthenticator OPEN = handshake -> true;

    boolean admit(Handshake handshake);

    /**
     * What a client showed when it connected.
     *
     * @param query the URL query parameters of the handshake request
     * @param headers the request headers, names in lower case
     * @param remoteAddress the client's address
     */
    record Handshake(Map<String, List<String>> query, Map<String, List<String>> headers,
                     InetSocketAddress remoteAddress) {
        public Handshake {
            query = Map.copyOf(query);
            headers = Map.copyOf(headers);
        }
    }
}
