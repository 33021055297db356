package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.client.call.CallOptions;
import org.vtp.client.call.FakeSignallingServer;
import org.vtp.client.call.ReconnectPolicy;
import org.vtp.client.e2e.Await;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import org.vtp.client.signalling.Admission;
import org.vtp.client.signalling.AdmissionSource;

/**
 * The call's connection states against a test-only signalling peer (a listen-only call: no media
 * to negotiate): a drop rejoins, {@code roomClosed} ends the call without rejoining, a refusal
 * that cannot heal loses it at once with the server's words. Back-off shortened to 50 ms.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebRtcCallStateIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeSignallingServer server;
    private WebRtcCallService service;
    private final CallRecorder recorder = new CallRecorder();

    @BeforeEach
    void start() throws Exception {
        server = FakeSignallingServer.start();
        server.afterJoin = (n, client) -> FakeSignallingServer.emit(client, "transportState",
                Map.of("state", "connected"));
        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, WAIT), () -> {
            throw new IllegalStateException("no screen");
        }, () -> new ReconnectPolicy(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5), () -> 0.5));
    }

    private WebRtcCall join() throws Exception {
        JoinTarget target = JoinTarget.owner(JoinLink.of(server.uri(), "abc", null),
                AdmissionSource.fixed(Admission.of("token", "room")));
        WebRtcCall call = (WebRtcCall) service.join(new JoinRequest(target, "Ada", MediaChoice.listenOnly()))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        call.setListener(recorder);
        Await.until(WAIT, "connected", () -> recorder.last() == ConnectionState.CONNECTED);
        return call;
    }

    @Test
    void aDroppedConnectionRejoinsAndIsConnectedAgain() throws Exception {
        WebRtcCall call = join();
        assertThat(call.className()).isEqualTo(FakeSignallingServer.ROOM_NAME);

        server.dropAll();

        Await.until(WAIT, "rejoined", () -> server.joins() == 2 && recorder.last() == ConnectionState.CONNECTED);
        assertThat(recorder.states).containsSubsequence(ConnectionState.CONNECTED, ConnectionState.RECONNECTING,
                ConnectionState.CONNECTED);
        assertThat(recorder.attempts).startsWith(1);
        assertThat(call.reconnecting()).isFalse();
        call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void roomClosedEndsTheCallWithoutRejoining() throws Exception {
        WebRtcCall call = join();

        server.forEachClient(client -> {
            FakeSignallingServer.emit(client, "roomClosed", Map.of("reason", "ended"));
            client.disconnect();
        });

        Await.until(WAIT, "ended", () -> recorder.last() == ConnectionState.ENDED);
        assertThat(call.reconnecting()).isFalse();
        assertThat(recorder.attempts).isEmpty();
        assertThat(server.joins()).isEqualTo(1);
        assertThat(recorder.states).doesNotContain(ConnectionState.RECONNECTING);
        call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(recorder.last()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void aRejoinRefusedForGoodLosesTheCallAtOnceWithTheServersWords() throws Exception {
        WebRtcCall call = join();
        server.refuseFrom = 2;

        server.dropAll();

        Await.until(WAIT, "lost", () -> recorder.last() == ConnectionState.LOST);
        assertThat(recorder.reasons).containsExactly("You were removed from this class");
        assertThat(server.joins()).isEqualTo(2);
        assertThat(call.reconnecting()).isFalse();
        call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        service.close();
        server.close();
    }
}
