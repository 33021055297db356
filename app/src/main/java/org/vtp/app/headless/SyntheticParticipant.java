package org.vtp.app.headless;

import dev.onvoid.webrtc.media.video.VideoTrack;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.vtp.client.call.CallListener;
import org.vtp.client.call.CallOptions;
import org.vtp.client.call.CallSession;
import org.vtp.client.call.JoinedRoom;
import org.vtp.client.call.RemoteTrack;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.FrameCounter;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.SineTone;
import org.vtp.client.media.SineToneSource;
import org.vtp.client.media.SyntheticVideoSource;
import org.vtp.client.signalling.Admission;
import org.vtp.client.signalling.AdmissionSource;
import org.vtp.client.signalling.SignallingClient;

/**
 * One participant joined through a {@link JoinLink} (pinning its certificate when the link carries
 * a fingerprint; as a guest unless given an {@link Admission}), publishing the {@code TestPattern} video and a 440 Hz tone from a
 * {@link AudioMode#SYNTHETIC} engine (the only safe engine for a custom audio source), and
 * consuming everyone else. Status lines (joins, tracks, transport state, errors) go to the given
 * consumer, on the session's threads.
 *
 * <p>{@link #close()} tears down in libwebrtc's order: leave (closes the peer connection),
 * signalling, sources, engine, threads.
 */
public final class SyntheticParticipant implements AutoCloseable {
    public static final int WIDTH = 320;
    public static final int HEIGHT = 240;
    public static final int FPS = 15;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int CHECK_EVERY_NTH_FRAME = 5;

    private final ScheduledExecutorService media = Executors.newSingleThreadScheduledExecutor(daemon("vtp-media-"));
    private final ExecutorService sessions = Executors.newFixedThreadPool(2, daemon("vtp-session-"));
    private final MediaEngine engine = new MediaEngine(AudioMode.SYNTHETIC);
    private final Consumer<String> status;
    private SignallingClient signalling;
    private CallSession session;
    private SyntheticVideoSource video;
    private SineToneSource tone;
    private JoinedRoom joined;

    private SyntheticParticipant(Consumer<String> status) {
        this.status = status;
    }

    /**
     * Asks the link's server for a guest token as {@code displayName}, connects with it, joins the
     * class and starts sending.
     *
     * @throws Exception when any step fails or takes longer than 15 s; nothing is left running then
     */
    public static SyntheticParticipant join(JoinLink link, String displayName, NetworkMode network,
                                            Consumer<String> status) throws Exception {
        return join(link, AdmissionSource.guest(link, displayName, WAIT), displayName, network, status);
    }

    /** Joins with an admission from {@code admissions} (the host's own seat: a freshly minted owner token). */
    public static SyntheticParticipant join(JoinLink link, AdmissionSource admissions, String displayName,
                                            NetworkMode network, Consumer<String> status) throws Exception {
        SyntheticParticipant participant = new SyntheticParticipant(status);
        try {
            participant.start(link, await(admissions.admit()), displayName, network);
            return participant;
        } catch (Exception | Error e) {
            participant.close();
            throw e;
        }
    }

    private void start(JoinLink link, Admission admission, String displayName, NetworkMode network)
            throws Exception {
        signalling = await(SignallingClient.connect(link, admission.token(), WAIT));
        session = new CallSession(signalling, engine, new CallOptions(network, true, WAIT), sessions, listener());
        joined = await(session.join(admission.roomId(), displayName));
        status.accept("joined " + link.room() + " as " + joined.peerId() + " with " + joined.peers().size()
                + " other participant(s)");
        video = new SyntheticVideoSource(media, System::nanoTime, WIDTH, HEIGHT, FPS);
        await(session.publish(engine.createVideoTrack("video", video.source())));
        tone = new SineToneSource(engine, media, new SineTone(48_000, 440, 0.3));
        await(session.publish(engine.createAudioTrack("audio", tone.source())));
        video.start();
        tone.start();
        status.accept("sending synthetic video " + WIDTH + "x" + HEIGHT + "@" + FPS + " and a 440 Hz tone");
    }

    private CallListener listener() {
        return new CallListener() {
            @Override
            public void onPeerJoined(String peerId, String displayName) {
                status.accept("peer joined: " + displayName + " (" + peerId + ")");
            }

            @Override
            public void onPeerLeft(String peerId) {
                status.accept("peer left: " + peerId);
            }

            @Override
            public void onRemoteTrack(RemoteTrack track) {
                status.accept("receiving " + track.kind() + " from " + track.peerId());
            }

            @Override
            public void onTransportState(String state) {
                status.accept("media transport " + state);
            }

            @Override
            public void onError(Throwable error) {
                status.accept("error: " + error);
            }
        };
    }

    /** Our peer id in the room. */
    public String peerId() {
        return joined.peerId();
    }

    /** Frames, size and pattern matches of the video received from {@code peerId} (zeros before any). */
    public FrameCounter.Snapshot videoFrom(String peerId) {
        return session.remoteTracks().stream()
                .filter(t -> t.kind().equals("video") && t.peerId().equals(peerId) && t.track() instanceof VideoTrack)
                .flatMap(t -> t.counter().stream()).findFirst()
                .map(FrameCounter::snapshot).orElse(new FrameCounter.Snapshot(0, 0, 0, 0, -1));
    }

    /** Received video frames whose test-pattern bars matched, from everyone so far. */
    public long patternMatchesReceived() {
        return session == null ? 0 : session.remoteTracks().stream().flatMap(t -> t.counter().stream())
                .mapToLong(c -> c.snapshot().patternMatches()).sum();
    }

    /** Video frames received from everyone so far. */
    public long videoFramesReceived() {
        return session == null ? 0 : session.videoFramesSeen();
    }

    /** Whether the server still holds our signalling connection (false once the class ended). */
    public boolean connected() {
        return signalling != null && signalling.connected();
    }

    /** Calls {@code listener} once when the server drops the connection (e.g. the host ended the class). */
    public void onDisconnect(Consumer<String> listener) {
        signalling.onDisconnect(listener);
    }

    @Override
    public void close() throws Exception {
        try {
            if (session != null) {
                session.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            status.accept("leaving failed: " + e);
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
            media.shutdownNow();
            sessions.shutdownNow();
        }
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
