package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.video.VideoTrack;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.vtp.client.call.CallSession;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.ScreenCaptureSource;
import org.vtp.client.media.ScreenGrabber;

/**
 * A call's screen share: an extra video producer fed by a {@link ScreenCaptureSource} at
 * {@value #FPS} fps, scaled to at most {@value #MAX_WIDTH} pixels wide. Start publishes it and
 * renegotiates; stop closes the producer, then disposes the source (libwebrtc's order).
 */
final class ScreenShare {
    static final int FPS = 5;
    static final int MAX_WIDTH = 1280;

    private final CallSession session;
    private final MediaEngine engine;
    private final Supplier<ScreenGrabber> grabbers;
    private final ScheduledExecutorService scheduler;
    private ScreenCaptureSource source;
    private CompletableFuture<String> producerId;

    ScreenShare(CallSession session, MediaEngine engine, Supplier<ScreenGrabber> grabbers,
                ScheduledExecutorService scheduler) {
        this.session = session;
        this.engine = engine;
        this.grabbers = grabbers;
        this.scheduler = scheduler;
    }

    synchronized CompletableFuture<Void> start() {
        if (source != null) {
            return CompletableFuture.completedFuture(null);
        }
        ScreenGrabber grabber;
        try {
            grabber = grabbers.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        ScreenCaptureSource started = new ScreenCaptureSource(grabber, scheduler, System::nanoTime, MAX_WIDTH, FPS);
        VideoTrack track = engine.createVideoTrack("screen", started.source());
        source = started;
        producerId = session.publish(track);
        return producerId.thenRun(started::start).whenComplete((v, e) -> {
            if (e != null) {
                stop();
            }
        });
    }

    synchronized CompletableFuture<Void> stop() {
        if (source == null) {
            return CompletableFuture.completedFuture(null);
        }
        ScreenCaptureSource stopping = source;
        CompletableFuture<String> published = producerId;
        source = null;
        producerId = null;
        return published.thenCompose(session::unpublish)
                .handle((v, e) -> {
                    stopping.close();
                    return null;
                });
    }

    /** After the peer connection is closed: disposes a source still running. */
    synchronized void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
