package org.vtp.server.signalling;

/** A refused client event: becomes {@code {ok:false, error:{code, message}}}. */
final class SignallingException extends Exception {

    private final ErrorCode code;

    SignallingException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }

    static SignallingException invalid(String message) {
        return new SignallingException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
