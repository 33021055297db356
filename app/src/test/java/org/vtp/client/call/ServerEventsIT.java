package org.vtp.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.vtp.client.e2e.Await;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.media.AudioMode;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.signalling.SignallingClient;

/**
 * A {@link CallSession} against a test-only Socket.IO peer: the class's name comes with the join
 * answer, and a {@code roomClosed} sent right before the server drops the socket is reported
 * before the drop, so a call can tell "the host ended the class" from a lost connection.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerEventsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void roomClosedIsReportedBeforeTheDisconnectThatFollowsIt() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newCachedThreadPool();
        try (FakeSignallingServer server = FakeSignallingServer.start();
             MediaEngine engine = new MediaEngine(AudioMode.SYNTHETIC)) {
            server.afterJoin = (n, client) -> {
                FakeSignallingServer.emit(client, "roomClosed", Map.of("reason", "ended"));
                client.disconnect();
            };
            SignallingClient signalling = SignallingClient.connect(server.uri(), Map.of(), WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            CallSession session = new CallSession(signalling, engine,
                    new CallOptions(NetworkMode.LOOPBACK, true, WAIT), workers, new CallListener() {
                        @Override
                        public void onRoomClosed(String reason) {
                            events.add("roomClosed " + reason);
                        }

                        @Override
                        public void onSignallingClosed(String reason) {
                            events.add("signalling closed");
                        }
                    });
            try {
                JoinedRoom joined = session.join("room", "Ada").get(WAIT.toSeconds(), TimeUnit.SECONDS);

                assertThat(joined.roomName()).isEqualTo(FakeSignallingServer.ROOM_NAME);
                Await.until(WAIT, "both events", () -> events.size() == 2);
                assertThat(events).containsExactly("roomClosed ended", "signalling closed");
            } finally {
                session.close();
                signalling.close();
            }
        } finally {
            workers.shutdownNow();
        }
    }
}
