package org.vtp.client.call;

import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.VideoTrack;
import org.vtp.client.media.MediaEngine;

/**
 * Tracks that never carry media, for receive-only transceivers: webrtc-java 0.14.0 offers
 * {@code addTransceiver} only with a track ("Track is null" otherwise). A recvonly transceiver
 * never sends, so one placeholder per kind serves them all. Created lazily.
 */
final class PlaceholderTracks implements AutoCloseable {
    private final MediaEngine engine;
    private CustomVideoSource videoSource;
    private VideoTrack video;
    private AudioTrack audio;

    PlaceholderTracks(MediaEngine engine) {
        this.engine = engine;
    }

    MediaStreamTrack forKind(String kind) {
        if ("video".equals(kind)) {
            if (video == null) {
                videoSource = new CustomVideoSource();
                video = engine.createVideoTrack("recv-placeholder-video", videoSource);
            }
            return video;
        }
        if (audio == null) {
            audio = engine.createAudioTrack("recv-placeholder-audio", engine.factory().createAudioSource(new AudioOptions()));
        }
        return audio;
    }

    /** After the peer connection is closed. */
    @Override
    public void close() {
        if (videoSource != null) {
            videoSource.dispose();
            videoSource = null;
        }
    }
}
