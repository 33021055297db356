package org.vtp.client.e2e;

import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.vtp.client.call.CallListener;
import org.vtp.client.call.CallOptions;
import org.vtp.client.call.CallSession;
import org.vtp.client.call.JoinedRoom;
import org.vtp.client.call.RemoteTrack;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.FrameCounter;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.SineTone;
import org.vtp.client.media.SineToneSource;
import org.vtp.client.media.SyntheticVideoSource;
import org.vtp.client.peer.InboundVideoStats;
import org.vtp.client.signalling.SignallingClient;

/**
 * One webrtc-java participant of an end-to-end test: its media engine, signalling connection and
 * auto-consuming call session on loopback, optionally publishing synthetic video and a tone.
 * Records when the join started and when the first remote video frame reached a sink.
 *
 * <p>{@link #close()} tears down in the order libwebrtc needs: leave (closes the peer
 * connection), signalling, sources, engine.
 */
final class JavaParticipant implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final CallOptions OPTIONS = new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10));

    private final MediaEngine engine;
    private final ScheduledExecutorService media;
    private final FirstFrameSink firstFrame = new FirstFrameSink();
    private final List<VideoTrack> watched = new CopyOnWriteArrayList<>();
    private SignallingClient signalling;
    private CallSession session;
    private SyntheticVideoSource video;
    private SineToneSource tone;
    private long joinStartedNanos;

    private JavaParticipant(MediaEngine engine, ScheduledExecutorService media) {
        this.engine = engine;
        this.media = media;
    }

    /** Connects to the server; {@link AudioMode#SYNTHETIC} is required to publish the tone. */
    static JavaParticipant connect(EmbeddedVtpServer server, AudioMode mode, ExecutorService sessions,
                                   ScheduledExecutorService media) throws Exception {
        JavaParticipant participant = new JavaParticipant(new MediaEngine(mode), media);
        try {
            participant.signalling = await(SignallingClient.connect(server.uri(), Map.of(), WAIT));
            participant.session = new CallSession(participant.signalling, participant.engine, OPTIONS, sessions,
                    participant.listener());
            return participant;
        } catch (Exception | Error e) {
            participant.close();
            throw e;
        }
    }

    private CallListener listener() {
        return new CallListener() {
            @Override
            public void onRemoteTrack(RemoteTrack track) {
                if (track.track() instanceof VideoTrack videoTrack) {
                    videoTrack.addSink(firstFrame);
                    watched.add(videoTrack);
                }
            }
        };
    }

    JoinedRoom join(String room, String displayName) throws Exception {
        joinStartedNanos = System.nanoTime();
        return await(session.join(room, displayName));
    }

    /** Publishes a {@code width}×{@code height} test pattern and, on a synthetic engine, a 440 Hz tone. */
    void publishSynthetic(int width, int height, int fps) throws Exception {
        video = new SyntheticVideoSource(media, System::nanoTime, width, height, fps);
        await(session.publish(engine.createVideoTrack("video", video.source())));
        if (engine.audioMode() == AudioMode.SYNTHETIC) {
            tone = new SineToneSource(engine, media, new SineTone(48_000, 440, 0.3));
            await(session.publish(engine.createAudioTrack("audio", tone.source())));
            tone.start();
        }
        video.start();
    }

    CallSession session() {
        return session;
    }

    /** The frame counter of the video consumed from {@code peerId}, if any yet. */
    FrameCounter.Snapshot videoFrom(String peerId) {
        return session.remoteTracks().stream()
                .filter(t -> t.kind().equals("video") && t.peerId().equals(peerId))
                .flatMap(t -> t.counter().stream()).findFirst()
                .map(FrameCounter::snapshot).orElse(new FrameCounter.Snapshot(0, 0, 0, 0, -1));
    }

    InboundVideoStats inboundVideoStats() throws Exception {
        return await(session.inboundVideoStats());
    }

    /** Join started → first remote video frame at a sink, in milliseconds; -1 before that frame. */
    long joinToFirstFrameMillis() {
        long first = firstFrame.atNanos.get();
        return first == 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(first - joinStartedNanos);
    }

    @Override
    public void close() throws Exception {
        watched.forEach(track -> track.removeSink(firstFrame));
        try {
            if (session != null) {
                session.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            if (session != null) {
                session.close();
            }
            if (signalling != null) {
                signalling.close();
            }
            if (video != null) {
                video.close();
            }
            if (tone != null) {
                tone.close();
            }
            engine.close();
        }
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Remembers when the first frame arrived; releases every frame, as webrtc-java sinks must. */
    private static final class FirstFrameSink implements VideoTrackSink {
        final AtomicLong atNanos = new AtomicLong();

        @Override
        public void onVideoFrame(VideoFrame frame) {
            atNanos.compareAndSet(0, System.nanoTime());
            frame.release();
        }
    }
}
