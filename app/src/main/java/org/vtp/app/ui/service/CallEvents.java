package org.vtp.app.ui.service;

/**
 * What a {@link CallModel} reports, on any thread (the ViewModel hops to the FX thread). Ids are
 * the server's peer ids.
 */
public interface CallEvents {
    void onConnectionState(ConnectionState state);

    void onParticipantJoined(String peerId, String displayName);

    void onParticipantLeft(String peerId);

    void onParticipantVideo(String peerId, VideoFeed feed);

    void onParticipantVideoEnded(String peerId);

    /**
     * A participant muted/unmuted ({@code kind} "audio") or turned the camera off/on ("video").
     * Default: ignored, for listeners that do not show it.
     */
    default void onParticipantPaused(String peerId, String kind, boolean paused) {
    }

    /** A background problem worth a line in the status bar; the call goes on. */
    void onProblem(String message);
}
