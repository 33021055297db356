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
 * The network vanishes under a running call, as when a laptop's Wi-Fi drops: this test JVM's own
 * network namespace (bin/netns-jvm) takes its loopback interface down, so every packet between
 * the app, the server and the SFU is lost while TCP connections stay open; then brings it back.
 * A short outage is shown ({@code INTERRUPTED}) and heals on the same connection; a long one is
 * noticed by the Socket.IO ping within about 20 s, and the app rejoins once the network is back.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NetworkOutageIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration DETECTION = Duration.ofSeconds(40);

    @TempDir
    Path dataDir;

    private Sfu sfu;
    private VtpServer server;
    private WebRtcCallService service;

    @Test
    void aShortOutageIsShownAndTheCallCarriesOnWithoutRejoining() throws Exception {
        JoinLink link = startServer("Blip class");
        CallRecorder app = new CallRecorder();
        CallModel call = TestCalls.joinAsApp(service, link, app, WAIT);
        try (SyntheticParticipant ann = SyntheticParticipant.join(link, "Ann", NetworkMode.LOOPBACK, line -> { })) {
            Await.growing(WAIT, "the app decodes Ann", () -> app.patternMatchesFrom(ann.peerId()));
            Await.until(WAIT, "the app is connected", () -> app.last() == ConnectionState.CONNECTED);

            long cut = System.nanoTime();
            Loopback.down();
            Await.until(WAIT, "the app shows the interruption", () -> app.last() == ConnectionState.INTERRUPTED);
            long noticed = System.nanoTime();
            Loopback.up();
            Await.until(WAIT, "the app is connected again", () -> app.last() == ConnectionState.CONNECTED);
            Await.growing(WAIT, "the app decodes Ann again on the same connection",
                    () -> app.patternMatchesFrom(ann.peerId()));
            System.out.printf("[outage] network cut -> the call shows it: %d ms; back after %d ms%n",
                    (noticed - cut) / 1_000_000, (System.nanoTime() - cut) / 1_000_000);

            assertThat(app.states).doesNotContain(ConnectionState.RECONNECTING);
            assertThat(app.attempts).isEmpty();
            assertThat(app.names).containsValue("Ann");
        } finally {
            call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Test
    void aLongOutageIsNoticedByTheSignallingAndTheAppRejoinsWhenTheNetworkIsBack() throws Exception {
        JoinLink link = startServer("Outage class");
        CallRecorder app = new CallRecorder();
        CallModel call = TestCalls.joinAsApp(service, link, app, WAIT);
        try {
            Await.until(WAIT, "the app is connected", () -> app.last() == ConnectionState.CONNECTED);

            long cut = System.nanoTime();
            Loopback.down();
            Await.until(DETECTION, "the app starts rejoining", () -> app.last() == ConnectionState.RECONNECTING
                    && app.lastAttempt() >= 1);
            long noticed = System.nanoTime();
            Loopback.up();
            try (SyntheticParticipant bea = SyntheticParticipant.join(link, "Bea", NetworkMode.LOOPBACK, line -> { })) {
                Await.growing(WAIT, "the app decodes Bea after rejoining", () -> app.patternMatchesFrom(bea.peerId()));
                Await.growing(WAIT, "Bea decodes the app", bea::patternMatchesReceived);
                System.out.printf("[outage] network cut -> signalling drop noticed, rejoining: %d ms; network back"
                        + " -> decoding again: %d ms%n", (noticed - cut) / 1_000_000,
                        (System.nanoTime() - noticed) / 1_000_000);
            }
            assertThat(app.last()).isEqualTo(ConnectionState.CONNECTED);
        } finally {
            call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private JoinLink startServer(String className) throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        sfu = Sfu.start(config.sfuConfig());
        server = VtpServer.startSecured(config, sfu);
        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        return JoinLink.parse(server.localUri().resolve("/join/" + server.openHostedClass(className).code()).toString());
    }

    @AfterEach
    void stop() throws Exception {
        Loopback.up();
        if (service != null) {
            service.close();
        }
        if (server != null) {
            server.close();
        }
        if (sfu != null) {
            sfu.close();
        }
    }

    /** {@code ip link set lo down|up} in this JVM's private network namespace. */
    private static final class Loopback {
        static void down() throws Exception {
            ip("down");
        }

        static void up() throws Exception {
            ip("up");
        }

        private static void ip(String state) throws Exception {
            // Only bin/netns-jvm's namespace has the vtp-a veth; /proc/self/net shows our own namespace.
            if (java.nio.file.Files.readString(Path.of("/proc/self/net/dev")).contains("vtp-a:")) {
                Process p = new ProcessBuilder("ip", "link", "set", "lo", state).redirectErrorStream(true).start();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
            } else {
                throw new IllegalStateException("not in a private network namespace: refusing to touch the machine's"
                        + " loopback (run through Failsafe, which starts bin/netns-jvm)");
            }
        }
    }
}
