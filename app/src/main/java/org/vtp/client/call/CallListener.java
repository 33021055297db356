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

    /**
     * protocol.md {@code roomClosed}: the host ended the class ({@code reason} "ended"); the server
     * disconnects us right after. Not a reason to reconnect.
     */
    default void onRoomClosed(String reason) {
    }

    /** protocol.md {@code removed}: a moderator removed us; the server disconnects us right after. */
    default void onRemoved(String reason) {
    }

    /**
     * Our signalling connection dropped (the server went away, the network, or the server closed
     * it). Reported after every server event that arrived before the drop, never after
     * {@link CallSession#close()}.
     */
    default void onSignallingClosed(String reason) {
    }

    /**
     * Our peer connection went {@code disconnected} (true: no packets for a few seconds, the
     * network is gone for now) or back to {@code connected} (false); not after close.
     */
    default void onMediaInterrupted(boolean interrupted) {
    }

    /** Our own peer connection reached {@code failed} (ICE or DTLS gave up); not after close. */
    default void onPeerConnectionFailed() {
    }

    /** A background step failed (negotiation, automatic consume); the session stays usable. */
    default void onError(Throwable error) {
    }
}
