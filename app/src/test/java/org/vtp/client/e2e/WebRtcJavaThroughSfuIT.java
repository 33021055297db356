package org.vtp.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.FrameCounter;
import org.vtp.client.peer.InboundVideoStats;

/**
 * Through the real server and SFU on loopback: a webrtc-java publisher sends synthetic video and a
 * tone into a room, a second webrtc-java participant joining later consumes both and decodes the
 * video (size and test pattern at its sink, its own decoder statistics growing).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class WebRtcJavaThroughSfuIT {
    private static final String ROOM = "sfu-it";

    @TempDir
    Path dataDir;

    private final ScheduledExecutorService media = Executors.newSingleThreadScheduledExecutor(daemon("media"));
    private final ExecutorService sessions = Executors.newFixedThreadPool(2, daemon("session"));
    private EmbeddedVtpServer server;
    private JavaParticipant publisher;
    private JavaParticipant subscriber;

    @Test
    void aSecondJavaParticipantDecodesTheSyntheticVideoPublishedIntoTheRoom() throws Exception {
        server = EmbeddedVtpServer.start(dataDir);
        publisher = JavaParticipant.connect(server, AudioMode.SYNTHETIC, sessions, media);
        publisher.join(ROOM, "Publisher");
        publisher.publishSynthetic(320, 240, 15);
        String publisherId = publisher.session().peerId();

        subscriber = JavaParticipant.connect(server, AudioMode.HEADLESS_PLAYOUT, sessions, media);
        assertThat(subscriber.join(ROOM, "Subscriber").peers()).hasSize(1);

        Await.until(JavaParticipant.WAIT, "video and audio consumed",
                () -> subscriber.session().remoteTracks().size() == 2);
        Await.until(JavaParticipant.WAIT, "30 frames at the subscriber's sink",
                () -> subscriber.videoFrom(publisherId).frames() >= 30);
        FrameCounter.Snapshot seen = subscriber.videoFrom(publisherId);
        assertThat(seen.width()).isEqualTo(320);
        assertThat(seen.height()).isEqualTo(240);
        assertThat(seen.patternMatches()).as("frames showing the test pattern").isPositive();
        Await.growing(JavaParticipant.WAIT, "framesDecoded", () -> decodedStats(subscriber).framesDecoded());
        assertThat(decodedStats(subscriber).frameWidth()).isEqualTo(320);

        System.out.printf("[e2e] java receiver (joined after a java publisher): join -> first decoded frame %d ms%n",
                subscriber.joinToFirstFrameMillis());
        assertThat(subscriber.joinToFirstFrameMillis()).isPositive();
    }

    static InboundVideoStats decodedStats(JavaParticipant participant) {
        try {
            return participant.inboundVideoStats();
        } catch (Exception e) {
            throw new IllegalStateException("no statistics", e);
        }
    }

    @AfterEach
    void closeInOrder() throws Exception {
        Teardown.closeInOrder(subscriber, publisher, server, media::shutdownNow, sessions::shutdownNow);
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
