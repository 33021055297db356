package org.vtp.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.client.media.AudioMode;

/**
 * A webrtc-java participant and the browser client in headless Chromium in one room, through the
 * real server and SFU on loopback, media both ways: Chromium decodes the Java peer's synthetic
 * video (and receives its tone), the Java peer decodes Chromium's fake camera. Each side is
 * checked from its own receive statistics, in both join orders.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebRtcJavaChromiumIT {
    private static final Duration WAIT = JavaParticipant.WAIT;

    @TempDir
    Path dataDir;

    private final ScheduledExecutorService media = Executors.newSingleThreadScheduledExecutor(
            WebRtcJavaThroughSfuIT.daemon("media"));
    private final ExecutorService sessions = Executors.newFixedThreadPool(2, WebRtcJavaThroughSfuIT.daemon("session"));
    private EmbeddedVtpServer server;
    private JavaParticipant java;
    private ChromiumPage page;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && page != null) {
            System.out.printf("[e2e] failed: screenshot %s, page errors %s%n",
                    page.screenshot(context.getRequiredTestMethod().getName()), page.pageErrors());
        }
    };

    @Test
    void chromiumJoiningByLinkDecodesTheJavaVideoAndTheJavaPeerDecodesTheFakeCamera() throws Exception {
        server = EmbeddedVtpServer.start(dataDir);
        java = JavaParticipant.connect(server, AudioMode.SYNTHETIC, sessions, media);
        java.join("java-first", "Jo");
        java.publishSynthetic(320, 240, 15);

        String pageId = joinWithChromium("java-first", "Ann");

        chromiumDecodesJavaMedia(java.session().peerId());
        javaDecodesChromiumVideo(pageId);
        System.out.printf("[e2e] Chromium (joined after the java publisher): join -> first frame %d ms%n",
                page.eventTime("firstFrameAt['" + java.session().peerId() + "']") - page.eventTime("joinStartedAt"));
    }

    @Test
    void aJavaPeerJoiningAfterChromiumDecodesTheFakeCameraAndChromiumDecodesTheJavaVideo() throws Exception {
        server = EmbeddedVtpServer.start(dataDir);
        String pageId = joinWithChromium("page-first", "Ann");

        java = JavaParticipant.connect(server, AudioMode.SYNTHETIC, sessions, media);
        assertThat(java.join("page-first", "Jo").peers()).extracting(p -> p.peerId()).containsExactly(pageId);
        java.publishSynthetic(320, 240, 15);

        javaDecodesChromiumVideo(pageId);
        chromiumDecodesJavaMedia(java.session().peerId());
        System.out.printf("[e2e] java receiver (joined after Chromium): join -> first decoded frame %d ms%n",
                java.joinToFirstFrameMillis());
        assertThat(java.joinToFirstFrameMillis()).isPositive();
    }

    /** Opens the join link in a fresh headless Chromium; returns the page's peer id. */
    private String joinWithChromium(String room, String name) throws Exception {
        page = ChromiumPage.launch(room + "-" + name);
        page.open(server.joinUrl(room, name));
        Await.until(WAIT, "the page joined", () -> page.peerId() != null);
        return page.peerId();
    }

    private void chromiumDecodesJavaMedia(String javaId) {
        Await.until(WAIT, "Chromium decodes video of width > 0 from the java peer",
                () -> page.inbound(javaId, "video").framesDecoded() > 0 && page.inbound(javaId, "video").frameWidth() > 0);
        Await.growing(WAIT, "Chromium's framesDecoded", () -> page.inbound(javaId, "video").framesDecoded());
        assertThat(page.inbound(javaId, "video").frameWidth()).isEqualTo(320);
        Await.growing(WAIT, "Chromium's audio samples from the java tone",
                () -> page.inbound(javaId, "audio").totalSamplesReceived());
        assertThat(page.pageErrors()).isEmpty();
    }

    private void javaDecodesChromiumVideo(String pageId) {
        Await.growing(WAIT, "frames of the fake camera at the java sink", () -> java.videoFrom(pageId).frames());
        assertThat(java.videoFrom(pageId).width()).isPositive();
        Await.growing(WAIT, "the java peer's framesDecoded",
                () -> WebRtcJavaThroughSfuIT.decodedStats(java).framesDecoded());
        assertThat(WebRtcJavaThroughSfuIT.decodedStats(java).frameWidth()).isPositive();
    }

    @AfterEach
    void closeInOrder() throws Exception {
        Teardown.closeInOrder(page, java, server, media::shutdownNow, sessions::shutdownNow);
    }
}
