package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.vtp.client.media.ScreenGrabber;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/**
 * The app shares a synthetic 1600×900 "screen" (Robot cannot capture headless) through
 * server-lite and the SFU on loopback: the other participant's tile switches from the sender's
 * 640×360 camera to 1280×720 screen frames (scaled down), and back to the camera when the share
 * stops. Turning the camera off reaches the other side as a pause of the sender's video.
 */
class ScreenShareIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final MediaChoice TEST_PATTERN = MediaChoice.testPattern();

    @TempDir
    Path dataDir;

    @Test
    void aSharedScreenReplacesTheSendersTileAtMostTwelveEightyWideAndTheCameraComesBack() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        AtomicInteger grabs = new AtomicInteger();
        ScreenGrabber screen = () -> pattern(grabs.incrementAndGet());
        try (Sfu sfu = Sfu.start(config.sfuConfig());
             VtpServer server = VtpServer.startSecured(config, sfu);
             WebRtcCallService service = new WebRtcCallService(
                     new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)), () -> screen)) {
            String code = server.openHostedClass("Share class").code();
            JoinTarget target = JoinTarget.fromLink(server.localUri().resolve("/join/" + code).toString()).orElseThrow();
            CallModel ada = service.join(new JoinRequest(target, "Ada", TEST_PATTERN)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            ada.setListener(new TileWatcher());
            CallModel grace = service.join(new JoinRequest(target, "Grace", TEST_PATTERN)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            TileWatcher tile = new TileWatcher();
            grace.setListener(tile);
            try {
                await(() -> tile.width.get() == 640 && tile.framesSinceSwitch.get() > 3);

                ada.shareScreen(true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                await(() -> tile.width.get() == 1280 && tile.framesSinceSwitch.get() > 5);
                assertThat(tile.height.get()).isEqualTo(720);
                assertThat(grabs.get()).isGreaterThan(5);

                ada.shareScreen(false).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                await(() -> tile.width.get() == 640 && tile.framesSinceSwitch.get() > 3);
                int grabsAfterStop = grabs.get();
                await(() -> tile.framesSinceSwitch.get() > 10);
                assertThat(grabs.get()).isLessThanOrEqualTo(grabsAfterStop + 1);
                assertThat(tile.state).isEqualTo(ConnectionState.CONNECTED);

                ada.setCameraOff(true);
                await(() -> "video".equals(tile.pausedKind) && tile.paused);
                ada.setCameraOff(false);
                await(() -> !tile.paused);
            } finally {
                grace.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                ada.leave().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /** A "screen" with coloured bars and a moving square, so the encoder has something to do. */
    private static BufferedImage pattern(int n) {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] bars = {Color.WHITE, Color.YELLOW, Color.CYAN, Color.GREEN, Color.MAGENTA, Color.RED, Color.BLUE};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(bars[i]);
            g.fillRect(i * 1600 / bars.length, 0, 1600 / bars.length + 1, 900);
        }
        g.setColor(Color.BLACK);
        g.fillRect((n * 40) % 1500, 400, 100, 100);
        g.dispose();
        return image;
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** Like a tile: watches only the feed currently shown for the other participant. */
    private static final class TileWatcher implements CallEvents, VideoTrackSink {
        final AtomicInteger width = new AtomicInteger();
        final AtomicInteger height = new AtomicInteger();
        final AtomicLong framesSinceSwitch = new AtomicLong();
        volatile ConnectionState state;
        volatile String pausedKind;
        volatile boolean paused;
        private VideoFeed shown;

        @Override
        public void onVideoFrame(VideoFrame frame) {
            width.set(frame.buffer.getWidth());
            height.set(frame.buffer.getHeight());
            framesSinceSwitch.incrementAndGet();
            frame.release();
        }

        @Override
        public synchronized void onParticipantVideo(String peerId, VideoFeed feed) {
            if (shown != null) {
                shown.removeSink(this);
            }
            shown = feed;
            width.set(0);
            framesSinceSwitch.set(0);
            feed.addSink(this);
        }

        @Override
        public synchronized void onParticipantVideoEnded(String peerId) {
            if (shown != null) {
                shown.removeSink(this);
                shown = null;
            }
        }

        @Override
        public void onConnectionState(ConnectionState next) {
            state = next;
        }

        @Override
        public void onParticipantJoined(String peerId, String displayName) {
        }

        @Override
        public void onParticipantLeft(String peerId) {
        }

        @Override
        public void onParticipantPaused(String peerId, String kind, boolean on) {
            pausedKind = kind;
            paused = on;
        }

        @Override
        public void onProblem(String message) {
        }
    }
}
