package org.vtp.sfu.api;

/**
 * A request to the SFU that was refused; nothing was changed. The code is stable and meant for
 * callers to map onto their own error vocabulary; the message is for humans.
 */
public final class SfuException extends Exception {

    /** Why a request was refused. */
    public enum Code {
        /** A malformed or inconsistent argument (bad SDP, unknown kind, mid bound twice). */
        INVALID_ARGUMENT,
        /** The id names no live router, transport, producer or consumer. */
        NOT_FOUND,
        /** The id is already in use. */
        ALREADY_EXISTS,
        /** The object was closed. */
        CLOSED,
        /** The offer cannot be answered (no common codec, no BUNDLE, no DTLS fingerprint...). */
        UNSUPPORTED
    }

    private final Code code;

    public SfuException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public SfuException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
