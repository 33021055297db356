package org.vtp.client.signalling;

import java.net.URI;
import java.util.Optional;

/**
 * A request the server refused ({@code {ok: false, error: {code, message}}}) or that failed
 * locally. Local codes: {@code TIMEOUT}, {@code DISCONNECTED}, {@code MALFORMED_ACK}. A failure
 * to reach a server names it and keeps the network or TLS error as its cause, so the UI can say
 * what went wrong in words (never the exception's text).
 */
public final class SignallingException extends RuntimeException {
    public static final String TIMEOUT = "TIMEOUT";
    public static final String DISCONNECTED = "DISCONNECTED";
    public static final String MALFORMED_ACK = "MALFORMED_ACK";

    private final String code;
    private final URI server;

    public SignallingException(String code, String message) {
        this(code, message, null, null);
    }

    /**
     * @param server the origin ({@code scheme://host:port}) that failed or answered, may be null
     * @param cause  the network or TLS failure, may be null
     */
    public SignallingException(String code, String message, URI server, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
        this.server = server;
    }

    /** {@code DISCONNECTED}: {@code server} could not be reached (refused, unknown, TLS, timeout). */
    public static SignallingException unreachable(URI server, Throwable cause) {
        return new SignallingException(DISCONNECTED, "cannot reach " + server + ": " + cause, server, cause);
    }

    /** The protocol's error code (e.g. {@code NOT_FOUND}) or one of the local codes. */
    public String code() {
        return code;
    }

    /** The server this concerns, when known. */
    public Optional<URI> server() {
        return Optional.ofNullable(server);
    }
}
