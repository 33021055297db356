package org.vtp.server.signalling;

import org.vtp.server.room.RoomException;
import org.vtp.sfu.api.SfuException;

/** The protocol's error codes (protocol.md, "Error codes"). */
public enum ErrorCode {
    /** No valid token at the handshake: the socket may do nothing and is disconnected. */
    UNAUTHENTICATED,
    INVALID_ARGUMENT,
    NOT_JOINED,
    ALREADY_JOINED,
    NOT_FOUND,
    FORBIDDEN,
    LIMIT_EXCEEDED,
    UNSUPPORTED,
    INTERNAL;

    static ErrorCode of(RoomException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> NOT_FOUND;
            case FORBIDDEN -> FORBIDDEN;
            case LIMIT_EXCEEDED -> LIMIT_EXCEEDED;
        };
    }

    /** SFU refusals as the client sees them: ids it named that are gone are NOT_FOUND. */
    static ErrorCode of(SfuException.Code code) {
        return switch (code) {
            case INVALID_ARGUMENT, ALREADY_EXISTS -> INVALID_ARGUMENT;
            case NOT_FOUND, CLOSED -> NOT_FOUND;
            case UNSUPPORTED -> UNSUPPORTED;
        };
    }
}
