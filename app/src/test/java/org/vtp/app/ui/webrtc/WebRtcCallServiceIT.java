package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.app.ui.service.SignIn;
import org.vtp.app.headless.SyntheticParticipant;
import org.vtp.client.call.CallOptions;
import org.vtp.client.e2e.TestAccounts;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/**
 * Calls through the real adapter to a separately started server (what {@code vtp-server.jar
 * --host-class} runs: accounts on, a guest-friendly class) on loopback: the adapter gets a guest
 * token by the link's code and decodes the others' video.
 */
class WebRtcCallServiceIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final MediaChoice TEST_PATTERN = MediaChoice.testPattern();

    @TempDir
    Path dataDir;

    @Test
    void twoParticipantsSeeEachOthersVideoAndTheConnectedState() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Sfu sfu = Sfu.start(config.sfuConfig());
             VtpServer server = VtpServer.startSecured(config, sfu);
             WebRtcCallService service = new WebRtcCallService(
                     new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)))) {
            String code = server.openHostedClass("UI class").code();
            JoinTarget target = JoinTarget.fromLink(server.localUri().resolve("/join/" + code).toString()).orElseThrow();
            MediaChoice pattern = MediaChoice.testPattern();
            CallRecorder ada = new CallRecorder();
            CallRecorder grace = new CallRecorder();
            CallModel first = service.join(new JoinRequest(target, "Ada", pattern)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            first.setListener(ada);
            CallModel second = service.join(new JoinRequest(target, "Grace", pattern)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            second.setListener(grace);
            try {
                assertThat(first.sendsVideo()).isTrue();
                assertThat(first.sendsAudio()).isFalse();
                await(() -> ada.names.containsValue("Grace") && grace.names.containsValue("Ada"));
                await(() -> ada.frames() > 5 && grace.frames() > 5);
                await(() -> ada.state == ConnectionState.CONNECTED && grace.state == ConnectionState.CONNECTED);
            } finally {
                second.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                first.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(ada.names).isEmpty();
        }
    }

    @Test
    void theAppJoinsAClassOnASeparatelyStartedHttpsServerJarByItsPinnedLinkAndDecodesTwoOtherParticipants()
            throws Exception {
        try (ServerProcess remote = ServerProcess.start(dataDir, FreePorts.tcp(), FreePorts.udp(), "Remote class", true, WAIT);
             WebRtcCallService service = new WebRtcCallService(
                     new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)))) {
            JoinLink link = remote.link();
            assertThat(link.fingerprintSha256()).as("the printed link pins the certificate").isPresent();
            try (SyntheticParticipant ann = SyntheticParticipant.join(link, "Ann", NetworkMode.LOOPBACK, line -> { });
                 SyntheticParticipant bob = SyntheticParticipant.join(link, "Bob", NetworkMode.LOOPBACK, line -> { })) {
                JoinTarget target = JoinTarget.fromLink(link.format()).orElseThrow();
                CallRecorder app = new CallRecorder();
                CallModel call = service.join(new JoinRequest(target, "App", TEST_PATTERN))
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
                call.setListener(app);
                try {
                    await(() -> app.framesFrom(ann.peerId()) > 5 && app.framesFrom(bob.peerId()) > 5);
                    await(() -> app.state == ConnectionState.CONNECTED);
                    assertThat(app.names).containsValues("Ann", "Bob");
                    assertThat(call.className()).isEqualTo("Remote class");
                    await(() -> ann.videoFramesReceived() > 5 && bob.videoFramesReceived() > 5);
                } finally {
                    call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                }
            }
        }
    }

    @Test
    void aStudentSignedInWithAnAccountJoinsUnderTheAccountsNameAndBothSidesSeeEachOther() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Sfu sfu = Sfu.start(config.sfuConfig());
             VtpServer server = VtpServer.startSecured(config, sfu);
             WebRtcCallService service = new WebRtcCallService(
                     new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)))) {
            String code = server.openHostedClass("Account class").code();
            String password = "a long class password 42";
            TestAccounts.register(server.localUri(), "grace@school.example", "Grace Hopper", password);
            JoinTarget target = JoinTarget.fromLink(server.localUri().resolve("/join/" + code).toString()).orElseThrow();
            CallRecorder guest = new CallRecorder();
            CallRecorder student = new CallRecorder();
            CallModel ada = service.join(new JoinRequest(target, "Ada", TEST_PATTERN)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            ada.setListener(guest);
            CallModel grace = service.join(new JoinRequest(target, "grace@school.example", TEST_PATTERN,
                    Optional.of(new SignIn("grace@school.example", password)))).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            grace.setListener(student);
            try {
                assertThat(grace.displayName()).isEqualTo("Grace Hopper");
                assertThat(grace.className()).isEqualTo("Account class");
                await(() -> guest.names.containsValue("Grace Hopper") && student.names.containsValue("Ada"));
                await(() -> guest.frames() > 5 && student.frames() > 5);
            } finally {
                grace.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                ada.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aListenOnlyParticipantKeepsReceivingAfterTheFirstPersonItWatchedLeaves() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Sfu sfu = Sfu.start(config.sfuConfig());
             VtpServer server = VtpServer.startSecured(config, sfu);
             WebRtcCallService service = new WebRtcCallService(
                     new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)))) {
            JoinLink link = JoinLink.parse(server.localUri().resolve("/join/"
                    + server.openHostedClass("Listening class").code()).toString());
            CallRecorder lena = new CallRecorder();
            CallModel call;
            try (SyntheticParticipant ann = SyntheticParticipant.join(link, "Ann", NetworkMode.LOOPBACK, line -> { })) {
                call = service.join(new JoinRequest(JoinTarget.fromLink(link.format()).orElseThrow(), "Lena",
                        MediaChoice.listenOnly())).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                call.setListener(lena);
                await(() -> lena.patternMatchesFrom(ann.peerId()) > 2);
            }
            try {
                // Lena's first m-section carried Ann's video: it is parked, not stopped, so the
                // connection (bundled on it) survives, and Bea comes through on it.
                try (SyntheticParticipant bea = SyntheticParticipant.join(link, "Bea", NetworkMode.LOOPBACK, line -> { })) {
                    await(() -> lena.patternMatchesFrom(bea.peerId()) > 2);
                    assertThat(lena.last()).isEqualTo(ConnectionState.CONNECTED);
                    assertThat(lena.states).doesNotContain(ConnectionState.RECONNECTING);
                }
            } finally {
                call.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /** Bounded polling (TestFX's helper needs no FX thread). */
    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
