package org.vtp.app.ui.service;

/** The state of a call's media connection as the user is told about it. */
public enum ConnectionState {
    CONNECTING,
    CONNECTED,
    /**
     * Media stopped flowing on the connection (the network is gone for now); libwebrtc keeps
     * trying on the same connection and the call returns to CONNECTED when it comes back. If the
     * signalling connection times out meanwhile, the call goes to RECONNECTING.
     */
    INTERRUPTED,
    /**
     * The signalling or media connection dropped; the call is rejoining on its own (a new
     * admission, connection and peer connection, same camera), attempt after attempt with back-off.
     */
    RECONNECTING,
    /**
     * Rejoining gave up (about 2 minutes) or was refused for good (removed, class deleted); the
     * reason went to {@link CallEvents#onConnectionLost}. The user may rejoin or leave.
     */
    LOST,
    /** The host ended the class (protocol.md {@code roomClosed}); nothing to rejoin. */
    ENDED,
    /** The user left. */
    CLOSED
}
