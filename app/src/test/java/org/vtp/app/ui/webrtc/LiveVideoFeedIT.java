package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.SyntheticVideoSource;

/** A real libwebrtc track behind the feed: ending it detaches the UI before the track is freed. */
class LiveVideoFeedIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anEndedFeedDeliversNoFramesAndIgnoresSinksAfterItsTrackIsFreed() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        MediaEngine engine = new MediaEngine(AudioMode.SYNTHETIC);
        SyntheticVideoSource source = new SyntheticVideoSource(scheduler, System::nanoTime, 320, 180, 30);
        VideoTrack track = engine.createVideoTrack("camera", source.source());
        LiveVideoFeed feed = new LiveVideoFeed(track);
        AtomicLong frames = new AtomicLong();
        VideoTrackSink sink = frame -> {
            frames.incrementAndGet();
            frame.release();
        };
        try {
            feed.addSink(sink);
            source.start();
            awaitAtLeast(frames, 3);

            feed.end();
            long atEnd = frames.get();
            long pushedSince = awaitSourceFrames(source, 10);
            assertThat(pushedSince).isGreaterThanOrEqualTo(10);
            assertThat(frames.get()).as("frames after end").isLessThanOrEqualTo(atEnd + 1);

            feed.addSink(frame -> frame.release());
        } finally {
            source.close();
            track.dispose();
            engine.close();
            scheduler.shutdownNow();
        }
        // The track is freed now: the UI detaching late must be harmless (it crashed the JVM before).
        feed.removeSink(sink);
    }

    private static void awaitAtLeast(AtomicLong counter, long count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (counter.get() < count) {
            assertThat(System.nanoTime()).as("waiting for %d frames", count).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static long awaitSourceFrames(SyntheticVideoSource source, long more) throws InterruptedException {
        long start = source.framesPushed();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (source.framesPushed() - start < more && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return source.framesPushed() - start;
    }
}
