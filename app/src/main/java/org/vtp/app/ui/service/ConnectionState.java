package org.vtp.app.ui.service;

/** The state of a call's media connection as the user is told about it. */
public enum ConnectionState {
    CONNECTING,
    CONNECTED,
    /** Media was connected and dropped; libwebrtc is trying to restore it. */
    RECONNECTING,
    /** The connection failed or the server went away; the call cannot continue. */
    LOST,
    /** The user left. */
    CLOSED
}
