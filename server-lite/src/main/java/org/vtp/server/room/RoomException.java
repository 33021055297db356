package org.vtp.server.room;

/** A room operation that was refused; nothing was changed. */
public final class RoomException extends Exception {

    /** Why the room refused. */
    public enum Reason {
        /** No such producer or consumer (in this room, for this peer). */
        NOT_FOUND,
        /** The object belongs to another peer. */
        FORBIDDEN,
        /** A per-peer limit was reached. */
        LIMIT_EXCEEDED
    }

    private final Reason reason;

    public RoomException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
