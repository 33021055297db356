package org.vtp.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vtp.client.media.AudioMode;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;
import org.vtp.server.e2e.capture.CapturedOffer;
import org.vtp.server.e2e.capture.GoldenOffers;

/**
 * A webrtc-java participant and the browser client in headless Chromium or Firefox in one room,
 * through the real server and SFU, media both ways: the browser decodes the Java peer's synthetic
 * video (and receives its tone), the Java peer decodes the browser's fake camera. Each side is
 * checked from its own receive statistics, in both join orders. The Java peer's offers are kept
 * as golden SDP.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebRtcJavaBrowserIT {
    private static final Duration WAIT = JavaParticipant.WAIT;

    @TempDir
    Path dataDir;

    private final ScheduledExecutorService media = Executors.newSingleThreadScheduledExecutor(
            WebRtcJavaThroughSfuIT.daemon("media"));
    private final ExecutorService sessions = Executors.newFixedThreadPool(2, WebRtcJavaThroughSfuIT.daemon("session"));
    private EmbeddedVtpServer server;
    private JavaParticipant java;
    private BrowserPage page;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && page != null) {
            System.out.printf("[e2e] failed: screenshot %s, page errors %s%n",
                    page.screenshot(context.getRequiredTestMethod().getName()), page.pageErrors());
        }
    };

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBrowserJoiningByLinkDecodesTheJavaVideoAndTheJavaPeerDecodesTheFakeCamera(Engine engine) throws Exception {
        server = EmbeddedVtpServer.start(dataDir);
        java = JavaParticipant.connect(server, AudioMode.SYNTHETIC, sessions, media);
        java.join("java-first", "Jo");
        java.publishSynthetic(320, 240, 15);

        String pageId = joinWithBrowser(engine, "java-first", "Ann");

        browserDecodesJavaMedia(java.session().peerId());
        javaDecodesBrowserVideo(pageId);
        System.out.printf("[e2e] %s (joined after the java publisher): join -> first frame %d ms%n", engine,
                page.eventTime("firstFrameAt['" + java.session().peerId() + "']") - page.eventTime("joinStartedAt"));
        List<CapturedOffer> offers = server.offers().offersOf(java.session().peerId());
        offers.forEach(offer -> GoldenOffers.save("webrtc-java-publisher-" + offer.round(), offer));
        assertThat(offers).isNotEmpty().allMatch(CapturedOffer::answered);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aJavaPeerJoiningAfterTheBrowserDecodesTheFakeCameraAndTheBrowserDecodesTheJavaVideo(Engine engine)
            throws Exception {
        server = EmbeddedVtpServer.start(dataDir);
        String pageId = joinWithBrowser(engine, "page-first", "Ann");

        java = JavaParticipant.connect(server, AudioMode.SYNTHETIC, sessions, media);
        assertThat(java.join("page-first", "Jo").peers()).extracting(p -> p.peerId()).containsExactly(pageId);
        java.publishSynthetic(320, 240, 15);

        javaDecodesBrowserVideo(pageId);
        browserDecodesJavaMedia(java.session().peerId());
        System.out.printf("[e2e] java receiver (joined after " + engine + "): join -> first decoded frame %d ms%n",
                java.joinToFirstFrameMillis());
        assertThat(java.joinToFirstFrameMillis()).isPositive();
    }

    /** Opens the join link in a fresh headless browser; returns the page's peer id. */
    private String joinWithBrowser(Engine engine, String room, String name) {
        page = engine.launch(room + "-" + name);
        page.open(server.joinUrl(room, name));
        Await.until(WAIT, "the page joined", () -> page.peerId() != null);
        return page.peerId();
    }

    private void browserDecodesJavaMedia(String javaId) {
        Await.until(WAIT, "the browser decodes video of width > 0 from the java peer",
                () -> page.inbound(javaId, "video").framesDecoded() > 0 && page.inbound(javaId, "video").frameWidth() > 0);
        Await.growing(WAIT, "the browser's framesDecoded", () -> page.inbound(javaId, "video").framesDecoded());
        assertThat(page.inbound(javaId, "video").frameWidth()).isEqualTo(320);
        Await.growing(WAIT, "the browser's audio samples from the java tone",
                () -> page.inbound(javaId, "audio").totalSamplesReceived());
        assertThat(page.pageErrors()).isEmpty();
    }

    private void javaDecodesBrowserVideo(String pageId) {
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
