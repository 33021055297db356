package org.vtp.server.access;

/** What a joined participant asks to do; joining itself is {@link AccessPolicy#refuseJoin}. */
public enum RoomAction {
    /** produce, connect-transport, ice-candidate, close-consumer: own media only. */
    OWN_MEDIA,
    CONSUME,
    CLOSE_OWN_PRODUCER,
    CLOSE_OTHER_PRODUCER,
    PAUSE_OWN_PRODUCER,
    /** Pausing is the sender's own statement (muted, camera off): nobody else may make it. */
    PAUSE_OTHER_PRODUCER,
    REMOVE_PEER,
    LOCK_ROOM
}
