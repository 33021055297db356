package org.vtp.client.call;

/**
 * What a {@link CallSession} reports. Called on the session's executor; implementations must
 * not block (hop to the UI thread themselves).
 */
public interface CallListener {
    default void onPeerJoined(String peerId, String displayName) {
    }

    default void onPeerLeft(String peerId) {
    }

    /** A consumer's transceiver exists; media flows once the next negotiation completes. */
    default void onRemoteTrack(RemoteTrack track) {
    }

    /** The producer behind {@code track} closed; its transceiver is stopped. */
    default void onRemoteTrackEnded(RemoteTrack track) {
    }

    /**
     * Another participant paused or resumed a producer (protocol.md {@code producerPaused}): an
     * audio one is a mute, a video one a camera turned off. {@code kind} is "audio" or "video".
     */
    default void onProducerPaused(String peerId, String producerId, String kind, boolean paused) {
    }

    /** The server's {@code transportState} event: new, connecting, connected, failed, closed. */
    default void onTransportState(String state) {
    }

    /** A background step failed (negotiation, automatic consume); the session stays usable. */
    default void onError(Throwable error) {
    }
}
