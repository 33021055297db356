package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.app.headless.SyntheticParticipant;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.client.call.CallOptions;
import org.vtp.client.e2e.Await;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/**
 * The app's call survives a real server crash: {@code vtp-server} runs in a child process on
 * loopback and is killed (SIGKILL: no goodbye, the kernel resets the connections), then started
 * again on the same ports and data directory (the class and its code persist in H2). The app goes
 * RECONNECTING, rejoins with a fresh guest token on the same engine and camera, and decodes a
 * participant of the new server again (test pattern recognised), who decodes the app. A server
 * that ends the class cleanly ({@code roomClosed}) ends the call instead: no attempts.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ReconnectIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration REJOIN = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private ServerProcess server;
    private WebRtcCallService service;

    @Test
    void afterTheServerCrashesAndRestartsTheAppRejoinsAndBothSidesDecodeEachOtherAgain() throws Exception {
        int httpPort = FreePorts.tcp();
        int mediaPort = FreePorts.udp();
        server = ServerProcess.start(dataDir, httpPort, mediaPort, "Restart class", WAIT);
        JoinLink link = server.link();
        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        CallRecorder app = new CallRecorder();
        CallModel call = TestCalls.joinAsApp(service, link, app, WAIT);
        try {
            assertThat(call.className()).isEqualTo("Restart class");
            try (SyntheticParticipant ann = SyntheticParticipant.join(link, "Ann", NetworkMode.LOOPBACK, line -> { })) {
                Await.growing(WAIT, "the app decodes Ann's pattern", () -> app.patternMatchesFrom(ann.peerId()));
                Await.growing(WAIT, "Ann decodes the app's pattern", ann::patternMatchesReceived);
            }

            long crashed = System.nanoTime();
            server.kill();
            Await.until(WAIT, "the app is reconnecting", () -> app.states.contains(ConnectionState.RECONNECTING));
            assertThat(app.names).isEmpty();
            server = ServerProcess.start(dataDir, httpPort, mediaPort, "Restart class", WAIT);
            long restarted = System.nanoTime();
            assertThat(server.link().room()).isEqualTo(link.room());

            try (SyntheticParticipant bea = SyntheticParticipant.join(link, "Bea", NetworkMode.LOOPBACK, line -> { })) {
                Await.growing(REJOIN, "the app decodes Bea's pattern after the restart",
                        () -> app.patternMatchesFrom(bea.peerId()));
                long framesAgain = System.nanoTime();
                Await.growing(WAIT, "Bea decodes the app's pattern", bea::patternMatchesReceived);
                Await.until(WAIT, "the app is connected again", () -> app.state == ConnectionState.CONNECTED);
                System.out.printf("[reconnect] server process restarted (ready) -> the app decodes again: %d ms"
                                + " (server down %d ms, %d attempt(s))%n", (framesAgain - restarted) / 1_000_000,
                        (restarted - crashed) / 1_000_000, app.lastAttempt());
                assertThat(app.names).containsValue("Bea");
            }
        } finally {
            call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void leavingWhileReconnectingStopsTheAttemptsAndLeavesNoThreadBehind() throws Exception {
        server = ServerProcess.start(dataDir, FreePorts.tcp(), FreePorts.udp(), "Leave class", WAIT);
        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        CallRecorder app = new CallRecorder();
        WebRtcCall call = (WebRtcCall) TestCalls.joinAsApp(service, server.link(), app, WAIT);
        Await.until(WAIT, "the app is connected", () -> app.state == ConnectionState.CONNECTED);

        server.kill();
        Await.until(WAIT, "the app is reconnecting", () -> app.state == ConnectionState.RECONNECTING
                && app.lastAttempt() >= 1);
        assertThat(call.reconnecting()).isTrue();
        call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(call.reconnecting()).isFalse();
        assertThat(app.state).isEqualTo(ConnectionState.CLOSED);
        service.close();
        Await.until(WAIT, "the call's threads have ended", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && (t.getName().startsWith("vtp-reconnect")
                        || t.getName().startsWith("vtp-call"))));
    }

    @Test
    void whenTheHostEndsTheClassTheCallEndsWithoutReconnecting() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        CallRecorder app = new CallRecorder();
        WebRtcCall call;
        try (Sfu sfu = Sfu.start(config.sfuConfig()); VtpServer host = VtpServer.startSecured(config, sfu)) {
            String code = host.openHostedClass("Ending class").code();
            JoinLink link = JoinLink.parse(host.localUri().resolve("/join/" + code).toString());
            call = (WebRtcCall) TestCalls.joinAsApp(service, link, app, WAIT);
            Await.until(WAIT, "the app is connected", () -> app.state == ConnectionState.CONNECTED);
        }
        Await.until(WAIT, "the call says the class ended", () -> app.state == ConnectionState.ENDED);
        assertThat(app.states).doesNotContain(ConnectionState.RECONNECTING);
        assertThat(call.reconnecting()).isFalse();
        assertThat(app.lastAttempt()).isZero();
        call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
