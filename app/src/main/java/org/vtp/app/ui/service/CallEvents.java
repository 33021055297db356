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

    /**
     * The connection dropped and attempt {@code attempt} (from 1) to rejoin is on its way; sent
     * while the state is {@link ConnectionState#RECONNECTING}. Default: ignored.
     */
    default void onReconnecting(int attempt) {
    }

    /** Why the call is about to be {@link ConnectionState#LOST}, in words for the user. Default: ignored. */
    default void onConnectionLost(String reason) {
    }

    /** A background problem worth a line in the status bar; the call goes on. */
    void onProblem(String message);
}
