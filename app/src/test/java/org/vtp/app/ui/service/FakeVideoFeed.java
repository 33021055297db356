package org.vtp.app.ui.service;

import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A feed the test pushes frames into; each sink gets its own retained reference. */
public final class FakeVideoFeed implements VideoFeed {
    public final List<VideoTrackSink> sinks = new CopyOnWriteArrayList<>();

    @Override
    public void addSink(VideoTrackSink sink) {
        sinks.add(sink);
    }

    @Override
    public void removeSink(VideoTrackSink sink) {
        sinks.remove(sink);
    }

    /** Hands {@code frame} to every sink (each releases once), then releases the caller's reference. */
    public void push(VideoFrame frame) {
        try {
            for (VideoTrackSink sink : sinks) {
                frame.retain();
                sink.onVideoFrame(frame);
            }
        } finally {
            frame.release();
        }
    }
}
