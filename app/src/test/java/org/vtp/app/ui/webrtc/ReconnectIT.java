package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.app.headless.SyntheticParticipant;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.app.ui.service.VideoFeed;
import org.vtp.client.call.CallOptions;
import org.vtp.client.e2e.Await;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import org.vtp.client.media.FrameCounter;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/**
 * The app's call survives a real server restart: a VtpServer + SFU on loopback are stopped and
 * started again on the same ports and data directory (the class and its code persist in H2); the
 * app goes RECONNECTING, rejoins with a fresh guest token on the same engine and camera, and
 * decodes a participant of the new server again (test pattern recognised), who decodes the app.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ReconnectIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration REJOIN = Duration.ofSeconds(60);
    private static final MediaChoice TEST_PATTERN = new MediaChoice(Optional.of(DeviceInfo.TEST_PATTERN_ID),
            Optional.empty());

    @TempDir
    Path dataDir;

    private Sfu sfu;
    private VtpServer server;
    private WebRtcCallService service;

    @Test
    void afterTheServerRestartsTheAppRejoinsAndBothSidesDecodeEachOtherAgain() throws Exception {
        String code = startServer(ServerConfig.loopback(dataDir)).openHostedClass("Restart class").code();
        ServerConfig samePorts = new ServerConfig(InetAddress.getLoopbackAddress(), server.httpPort(), sfu.mediaPort(),
                List.of(InetAddress.getLoopbackAddress()), dataDir);
        JoinLink link = JoinLink.parse(server.localUri().resolve("/join/" + code).toString());
        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        Recorder app = new Recorder();
        CallModel call = join(link, app);
        try {
            assertThat(call.className()).isEqualTo("Restart class");
            try (SyntheticParticipant ann = SyntheticParticipant.join(link, "Ann", NetworkMode.LOOPBACK, line -> { })) {
                Await.growing(WAIT, "the app decodes Ann's pattern", () -> app.patternMatchesFrom(ann.peerId()));
                Await.growing(WAIT, "Ann decodes the app's pattern", ann::patternMatchesReceived);
            }

            long stopping = System.nanoTime();
            stopServer();
            Await.until(WAIT, "the app is reconnecting", () -> app.states.contains(ConnectionState.RECONNECTING));
            assertThat(app.names).isEmpty();
            long restarted = restart(samePorts, stopping);

            try (SyntheticParticipant bea = SyntheticParticipant.join(link, "Bea", NetworkMode.LOOPBACK, line -> { })) {
                Await.growing(REJOIN, "the app decodes Bea's pattern after the restart",
                        () -> app.patternMatchesFrom(bea.peerId()));
                long framesAgain = System.nanoTime();
                Await.growing(WAIT, "Bea decodes the app's pattern", bea::patternMatchesReceived);
                Await.until(WAIT, "the app is connected again", () -> app.state == ConnectionState.CONNECTED);
                System.out.printf("[reconnect] server restarted -> the app decodes again: %d ms (server down %d ms,"
                                + " %d attempt(s))%n", (framesAgain - restarted) / 1_000_000,
                        (restarted - stopping) / 1_000_000, app.lastAttempt);
                assertThat(app.names).containsValue("Bea");
            }
        } finally {
            call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void leavingWhileReconnectingStopsTheAttemptsAndLeavesNoThreadBehind() throws Exception {
        String code = startServer(ServerConfig.loopback(dataDir)).openHostedClass("Leave class").code();
        JoinLink link = JoinLink.parse(server.localUri().resolve("/join/" + code).toString());
        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        Recorder app = new Recorder();
        WebRtcCall call = (WebRtcCall) join(link, app);
        Await.until(WAIT, "the app is connected", () -> app.state == ConnectionState.CONNECTED);

        stopServer();
        Await.until(WAIT, "the app is reconnecting", () -> app.state == ConnectionState.RECONNECTING
                && app.lastAttempt >= 1);
        assertThat(call.reconnecting()).isTrue();
        call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(call.reconnecting()).isFalse();
        assertThat(app.state).isEqualTo(ConnectionState.CLOSED);
        service.close();
        Await.until(WAIT, "the call's threads have ended", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && (t.getName().startsWith("vtp-reconnect")
                        || t.getName().startsWith("vtp-call"))));
    }

    private CallModel join(JoinLink link, Recorder recorder) throws Exception {
        JoinTarget target = JoinTarget.fromLink(link.format()).orElseThrow();
        CallModel call = service.join(new JoinRequest(target, "App", TEST_PATTERN)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        call.setListener(recorder);
        return call;
    }

    private VtpServer startServer(ServerConfig config) throws Exception {
        sfu = Sfu.start(config.sfuConfig());
        server = VtpServer.startSecured(config, sfu);
        return server;
    }

    private void stopServer() {
        server.close();
        sfu.close();
        server = null;
        sfu = null;
    }

    /** Starts the server again as soon as its ports are free; returns when it listens (nanoTime). */
    private long restart(ServerConfig samePorts, long since) throws Exception {
        Exception last = null;
        while (System.nanoTime() - since < WAIT.toNanos()) {
            try {
                startServer(samePorts);
                return System.nanoTime();
            } catch (Exception e) {
                if (sfu != null) {
                    sfu.close();
                    sfu = null;
                }
                last = e;
            }
        }
        throw new AssertionError("the server did not start again on the same ports", last);
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (server != null) {
            stopServer();
        }
    }

    /** States, names, attempts and a pattern-checking frame counter per peer's video feed. */
    private static final class Recorder implements CallEvents {
        final List<ConnectionState> states = new CopyOnWriteArrayList<>();
        final Map<String, String> names = new ConcurrentHashMap<>();
        final Map<String, FrameCounter> counters = new ConcurrentHashMap<>();
        volatile ConnectionState state;
        volatile int lastAttempt;

        long patternMatchesFrom(String peerId) {
            FrameCounter counter = counters.get(peerId);
            return counter == null ? 0 : counter.snapshot().patternMatches();
        }

        @Override
        public void onConnectionState(ConnectionState next) {
            states.add(next);
            state = next;
        }

        @Override
        public void onReconnecting(int attempt) {
            lastAttempt = attempt;
        }

        @Override
        public void onParticipantJoined(String peerId, String displayName) {
            names.put(peerId, displayName);
        }

        @Override
        public void onParticipantLeft(String peerId) {
            names.remove(peerId);
        }

        @Override
        public void onParticipantVideo(String peerId, VideoFeed feed) {
            feed.addSink(counters.computeIfAbsent(peerId, p -> new FrameCounter(3)));
        }

        @Override
        public void onParticipantVideoEnded(String peerId) {
        }

        @Override
        public void onProblem(String message) {
        }
    }
}
