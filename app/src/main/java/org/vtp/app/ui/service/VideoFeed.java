package org.vtp.app.ui.service;

import dev.onvoid.webrtc.media.video.VideoTrackSink;

/**
 * A stream of decoded video frames (a remote track, the local preview). Sinks are called on a
 * media thread and must release each frame.
 */
public interface VideoFeed {
    void addSink(VideoTrackSink sink);

    void removeSink(VideoTrackSink sink);
}
