package org.vtp.client.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceGatheringState;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpReceiver;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCRtpTransceiverDirection;
import dev.onvoid.webrtc.RTCRtpTransceiverInit;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsType;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.vtp.client.ice.IceConfigurations;
import org.vtp.client.ice.LoopbackCandidates;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.FrameCounter;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.SyntheticVideoSource;

/**
 * Two webrtc-java peers in one JVM, back to back (no SFU, offer/answer handed over in memory),
 * on loopback only: A sends synthetic video, B decodes it. Like the client towards the SFU, A is
 * the controlling offerer and only B's (rewritten 127.0.0.1) candidates are handed over; B learns
 * A's address as peer-reflexive from A's checks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebRtcJavaLoopbackIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "synthetic-media");
        t.setDaemon(true);
        return t;
    });
    private final FrameCounter counter = new FrameCounter(1);
    private final List<String> candidatesOfB = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> gatheredB = new CompletableFuture<>();
    private final CompletableFuture<RTCRtpReceiver> receiverB = new CompletableFuture<>();
    private MediaEngine engineA;
    private MediaEngine engineB;
    private SyntheticVideoSource video;
    private RTCPeerConnection pcA;
    private RTCPeerConnection pcB;

    @BeforeEach
    void createPeers() {
        engineA = new MediaEngine(AudioMode.SYNTHETIC);
        engineB = new MediaEngine(AudioMode.HEADLESS_PLAYOUT);
        video = new SyntheticVideoSource(scheduler, System::nanoTime, WIDTH, HEIGHT, 15);
        pcA = engineA.createPeerConnection(IceConfigurations.create(NetworkMode.LOOPBACK), candidate -> { });
        pcB = engineB.createPeerConnection(IceConfigurations.create(NetworkMode.LOOPBACK), observerOfB());
        VideoTrack track = engineA.createVideoTrack("synthetic-video", video.source());
        RTCRtpTransceiverInit init = new RTCRtpTransceiverInit();
        init.direction = RTCRtpTransceiverDirection.SEND_ONLY;
        init.streamIds = List.of("peer-a");
        pcA.addTransceiver(track, init);
    }

    private PeerConnectionObserver observerOfB() {
        return new PeerConnectionObserver() {
            @Override
            public void onIceCandidate(RTCIceCandidate candidate) {
                candidatesOfB.add(candidate.sdp);
            }

            @Override
            public void onIceGatheringChange(RTCIceGatheringState state) {
                if (state == RTCIceGatheringState.COMPLETE) {
                    gatheredB.complete(null);
                }
            }

            @Override
            public void onTrack(RTCRtpTransceiver transceiver) {
                RTCRtpReceiver receiver = transceiver.getReceiver();
                if (receiver.getTrack() instanceof VideoTrack remote) {
                    remote.addSink(counter);
                    receiverB.complete(receiver);
                }
            }
        };
    }

    @AfterEach
    void closeInOrder() {
        if (pcA != null) {
            pcA.close();
        }
        if (pcB != null) {
            pcB.close();
        }
        if (video != null) {
            video.close();
        }
        if (engineA != null) {
            engineA.close();
        }
        if (engineB != null) {
            engineB.close();
        }
        scheduler.shutdownNow();
    }

    @Test
    void syntheticVideoFromOnePeerIsDecodedByTheOtherOverLoopbackOnly() throws Exception {
        negotiate();
        video.start();

        awaitTrue(() -> counter.snapshot().frames() >= 30 && counter.snapshot().patternMatches() >= 10);
        FrameCounter.Snapshot seen = counter.snapshot();
        assertThat(seen.width()).isEqualTo(WIDTH);
        assertThat(seen.height()).isEqualTo(HEIGHT);
        assertThat(seen.lastFrameNumber()).isPositive();

        RTCRtpReceiver receiver = receiverB.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        InboundVideoStats stats = InboundVideoStats.from(
                PeerConnections.stats(pcB, receiver).get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertThat(stats.framesDecoded()).isPositive();
        assertThat(stats.frameWidth()).isEqualTo(WIDTH);
        assertThat(remoteCandidates(pcA)).containsOnly("host 127.0.0.1");
        // libwebrtc hides peer-reflexive addresses in stats; B was never told any other address.
        assertThat(remoteCandidates(pcB)).containsOnly("prflx null");
        assertThat(pcA.getConnectionState()).isEqualTo(RTCPeerConnectionState.CONNECTED);
    }

    private void negotiate() throws Exception {
        RTCSessionDescription offer = await(PeerConnections.createOffer(pcA));
        await(PeerConnections.setLocal(pcA, offer));
        await(PeerConnections.setRemote(pcB, offer));
        RTCSessionDescription answer = await(PeerConnections.createAnswer(pcB));
        await(PeerConnections.setLocal(pcB, answer));
        await(PeerConnections.setRemote(pcA, answer));
        await(gatheredB);
        for (String candidate : candidatesOfB) {
            LoopbackCandidates.rewrite(candidate)
                    .ifPresent(c -> pcA.addIceCandidate(new RTCIceCandidate("0", 0, c)));
        }
    }

    private List<String> remoteCandidates(RTCPeerConnection pc) throws Exception {
        return await(PeerConnections.stats(pc)).getStats().values().stream()
                .filter(s -> s.getType() == RTCStatsType.REMOTE_CANDIDATE)
                .map(RTCStats::getAttributes)
                .map(a -> a.get("candidateType") + " " + a.get("address"))
                .toList();
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
}
