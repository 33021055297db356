package org.vtp.server.room;

/**
 * Why a class ended for everyone in it (protocol.md, {@code roomClosed}): the signalling layer
 * tells each participant before it closes their connection.
 */
public enum EndReason {
    /** The server is stopping: the host closed the app or the operator stopped the server. */
    ENDED,
    /** Its owner or an admin deleted the classroom. */
    DELETED
}
