package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.app.ui.service.VideoFeed;
import org.vtp.client.call.CallOptions;
import org.vtp.client.ice.NetworkMode;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/** Two calls through the real adapter, server and SFU on loopback: each sees the other's test pattern. */
class WebRtcCallServiceIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void twoParticipantsSeeEachOthersVideoAndTheConnectedState() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Sfu sfu = Sfu.start(config.sfuConfig());
             VtpServer server = VtpServer.start(config, sfu);
             WebRtcCallService service = new WebRtcCallService(
                     new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)))) {
            JoinTarget target = JoinTarget.fromLink(server.localUri().resolve("/join/ui-it").toString()).orElseThrow();
            MediaChoice pattern = new MediaChoice(Optional.of(DeviceInfo.TEST_PATTERN_ID), Optional.empty());
            Recorder ada = new Recorder();
            Recorder grace = new Recorder();
            CallModel first = service.join(new JoinRequest(target, "Ada", pattern)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            first.setListener(ada);
            CallModel second = service.join(new JoinRequest(target, "Grace", pattern)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            second.setListener(grace);
            try {
                assertThat(first.sendsVideo()).isTrue();
                assertThat(first.sendsAudio()).isFalse();
                await(() -> ada.names.containsValue("Grace") && grace.names.containsValue("Ada"));
                await(() -> ada.frames.get() > 5 && grace.frames.get() > 5);
                await(() -> ada.state == ConnectionState.CONNECTED && grace.state == ConnectionState.CONNECTED);
            } finally {
                second.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                first.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(ada.names).isEmpty();
        }
    }

    /** Bounded polling (TestFX's helper needs no FX thread). */
    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** Remembers participants and counts remote frames through a sink on every video feed. */
    private static final class Recorder implements CallEvents, VideoTrackSink {
        final Map<String, String> names = new ConcurrentHashMap<>();
        final AtomicLong frames = new AtomicLong();
        volatile ConnectionState state;

        @Override
        public void onVideoFrame(VideoFrame frame) {
            frames.incrementAndGet();
            frame.release();
        }

        @Override
        public void onConnectionState(ConnectionState next) {
            state = next;
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
            feed.addSink(this);
        }

        @Override
        public void onParticipantVideoEnded(String peerId) {
        }

        @Override
        public void onProblem(String message) {
        }
    }
}
