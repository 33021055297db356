package org.vtp.client.signalling;

/**
 * A request the server refused ({@code {ok: false, error: {code, message}}}) or that failed
 * locally. Local codes: {@code TIMEOUT}, {@code DISCONNECTED}, {@code MALFORMED_ACK}.
 */
public final class SignallingException extends RuntimeException {
    public static final String TIMEOUT = "TIMEOUT";
    public static final String DISCONNECTED = "DISCONNECTED";
    public static final String MALFORMED_ACK = "MALFORMED_ACK";

    private final String code;

    public SignallingException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    /** The protocol's error code (e.g. {@code NOT_FOUND}) or one of the local codes. */
    public String code() {
        return code;
    }
}
