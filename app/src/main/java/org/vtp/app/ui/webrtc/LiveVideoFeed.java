package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.util.LinkedHashSet;
import java.util.Set;
import org.vtp.app.ui.service.VideoFeed;

/**
 * A track's frames for the UI, valid until the call {@linkplain #end() ends} it. The UI detaches
 * its sinks on its own schedule, possibly after the call has closed the peer connection and freed
 * the native track; {@code removeSink} on a freed track crashes the JVM (seen under Xvfb when a
 * window closed after its call). So the call ends every feed first: its sinks are removed while the
 * track is alive, and later calls do nothing.
 */
final class LiveVideoFeed implements VideoFeed {
    private final VideoTrack track;
    private final Set<VideoTrackSink> sinks = new LinkedHashSet<>();
    private boolean ended;

    LiveVideoFeed(VideoTrack track) {
        this.track = track;
    }

    @Override
    public synchronized void addSink(VideoTrackSink sink) {
        if (!ended && sinks.add(sink)) {
            track.addSink(sink);
        }
    }

    @Override
    public synchronized void removeSink(VideoTrackSink sink) {
        if (!ended && sinks.remove(sink)) {
            track.removeSink(sink);
        }
    }

    /** Detaches every sink; call while the native track is still alive. Idempotent. */
    synchronized void end() {
        if (ended) {
            return;
        }
        ended = true;
        sinks.forEach(track::removeSink);
        sinks.clear();
    }
}
