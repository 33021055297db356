package org.vtp.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
 * Through the real server and SFU on loopback: a webrtc-java publisher sends synthetic video and a
 * tone into a room, a second webrtc-java participant joining later consumes both and decodes the
 * video.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class WebRtcJavaThroughSfuIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final CallOptions OPTIONS = new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10));
    private static final String ROOM = "sfu-it";

    @TempDir
    Path dataDir;

    private final ScheduledExecutorService media = Executors.newSingleThreadScheduledExecutor(daemon("media"));
    private final ExecutorService sessions = Executors.newFixedThreadPool(2, daemon("session"));
    private final Participant publisher = new Participant();
    private final Participant subscriber = new Participant();
    private EmbeddedVtpServer server;
    private SyntheticVideoSource video;
    private SineToneSource tone;

    @Test
    void aSecondJavaParticipantDecodesTheSyntheticVideoPublishedIntoTheRoom() throws Exception {
        server = EmbeddedVtpServer.start(dataDir);
        publisher.open(AudioMode.SYNTHETIC);
        await(publisher.session.join(ROOM, "Publisher"));
        video = new SyntheticVideoSource(media, System::nanoTime, 320, 240, 15);
        tone = new SineToneSource(publisher.engine, media, new SineTone(48_000, 440, 0.3));
        VideoTrack videoTrack = publisher.engine.createVideoTrack("video", video.source());
        AudioTrack audioTrack = publisher.engine.createAudioTrack("audio", tone.source());
        await(publisher.session.publish(videoTrack));
        await(publisher.session.publish(audioTrack));
        video.start();
        tone.start();

        subscriber.open(AudioMode.HEADLESS_PLAYOUT);
        assertThat(await(subscriber.session.join(ROOM, "Subscriber")).peers()).hasSize(1);

        awaitTrue(() -> subscriber.session.remoteTracks().size() == 2 && subscriber.session.videoFramesSeen() >= 30);
        FrameCounter.Snapshot seen = subscriber.session.remoteTracks().stream()
                .filter(t -> t.kind().equals("video")).findFirst().orElseThrow().frameCounter().snapshot();
        assertThat(seen.width()).isEqualTo(320);
        assertThat(seen.patternMatches()).isPositive();
        InboundVideoStats stats = await(subscriber.session.inboundVideoStats());
        assertThat(stats.framesDecoded()).isPositive();
        assertThat(stats.frameWidth()).isEqualTo(320);
    }

    @AfterEach
    void closeInOrder() throws Exception {
        subscriber.close();
        publisher.close();
        if (video != null) {
            video.close();
        }
        if (tone != null) {
            tone.close();
        }
        subscriber.closeEngine();
        publisher.closeEngine();
        if (server != null) {
            server.close();
        }
        media.shutdownNow();
        sessions.shutdownNow();
    }

    /** One participant: its engine, signalling connection and call, closed in that reverse order. */
    private final class Participant {
        MediaEngine engine;
        SignallingClient signalling;
        CallSession session;

        void open(AudioMode mode) throws Exception {
            engine = new MediaEngine(mode);
            signalling = await(SignallingClient.connect(server.uri(), Map.of(), WAIT));
            session = new CallSession(signalling, engine, OPTIONS, sessions, new CallListener() {
            });
        }

        void close() throws Exception {
            if (session != null) {
                session.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            if (signalling != null) {
                signalling.close();
            }
        }

        void closeEngine() {
            if (engine != null) {
                engine.close();
            }
        }
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", WAIT).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
