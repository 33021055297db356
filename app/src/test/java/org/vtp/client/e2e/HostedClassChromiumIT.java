package org.vtp.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.app.headless.SyntheticParticipant;
import org.vtp.client.host.ClassHost;
import org.vtp.client.host.HostOptions;
import org.vtp.client.host.HostedClass;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import org.vtp.client.media.FrameCounter;
import org.vtp.client.tls.CertificatePin;

/**
 * The desktop app hosts a class over HTTPS on loopback and takes part with its synthetic camera
 * (joining through the pinned wss link); headless Chromium joins through the https join link,
 * trusting exactly this certificate ({@code --ignore-certificate-errors-spki-list}), with our test
 * pattern as its fake camera. Each side decodes the other's video; the app recognises the pattern.
 * Ending the class disconnects both.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class HostedClassChromiumIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    @TempDir
    Path videoDir;

    private HostedClass hosted;
    private SyntheticParticipant app;
    private ChromiumPage page;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && page != null) {
            System.out.printf("[e2e] failed: screenshot %s, page errors %s%n",
                    page.screenshot(context.getRequiredTestMethod().getName()), page.pageErrors());
        }
    };

    @Test
    void chromiumJoinsTheHostedClassOverHttpsAndBothSidesDecodeEachOthersVideo() throws Exception {
        long hostStart = System.nanoTime();
        hosted = ClassHost.start(HostOptions.loopback("hosted-class", dataDir));
        JoinLink link = hosted.joinLink();
        awaitHealthy(link);
        long linkLiveMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - hostStart);
        assertThat(link.origin().getHost()).isEqualTo("127.0.0.1");

        app = SyntheticParticipant.join(link, hosted.ownerAdmissions(), "Teacher",
                NetworkMode.LOOPBACK, line -> System.out.println("[app] " + line));
        String pageId = joinWithChromium(link, "Ann");
        assertThat(page.evaluate("window.isSecureContext")).isEqualTo(Boolean.TRUE);
        assertThat(page.evaluate("location.protocol")).isEqualTo("https:");

        Await.until(WAIT, "Chromium decodes the app's video", () -> page.inbound(app.peerId(), "video").framesDecoded() > 0);
        Await.growing(WAIT, "Chromium's framesDecoded", () -> page.inbound(app.peerId(), "video").framesDecoded());
        assertThat(page.inbound(app.peerId(), "video").frameWidth()).isEqualTo(SyntheticParticipant.WIDTH);

        Await.growing(WAIT, "frames of Chromium's camera at the app", () -> app.videoFrom(pageId).frames());
        Await.until(WAIT, "the app recognises the test pattern in Chromium's video",
                () -> app.videoFrom(pageId).patternMatches() > 2);
        FrameCounter.Snapshot received = app.videoFrom(pageId);
        assertThat(received.width()).isPositive();
        assertThat(page.pageErrors()).isEmpty();

        hosted.stop();
        Await.until(WAIT, "the app's participant is disconnected when the class ends", () -> !app.connected());
        Await.until(WAIT, "the page leaves the connected state when the class ends",
                () -> !"connected".equals(page.evaluate("document.body.dataset.state")));
        System.out.printf("[e2e] hosting: ClassHost.start %d ms, host start -> link live (health over pinned https) "
                        + "%d ms; app received %d frames, %d pattern matches%n",
                hosted.startDuration().toMillis(), linkLiveMillis, received.frames(), received.patternMatches());
    }

    private String joinWithChromium(JoinLink link, String name) throws Exception {
        Path camera = PatternVideoFile.write(videoDir.resolve("pattern.y4m"), 320, 240, 15, 45);
        page = ChromiumPage.launch("hosted-" + name, List.of(
                "--ignore-certificate-errors-spki-list=" + spkiSha256(hosted),
                "--use-file-for-fake-video-capture=" + camera));
        page.open(link.pageUri() + "?name=" + name + "#fp=" + link.fingerprintSha256().orElseThrow());
        Await.until(WAIT, "the page joined", () -> page.peerId() != null);
        return page.peerId();
    }

    /** Chromium's pin format: base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo. */
    private static String spkiSha256(HostedClass hosted) throws Exception {
        byte[] spki = hosted.tls().certificate().getPublicKey().getEncoded();
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
    }

    private static void awaitHealthy(JoinLink link) {
        OkHttpClient client = CertificatePin.sha256(link.fingerprintSha256().orElseThrow())
                .applyTo(new OkHttpClient.Builder()).build();
        try {
            Await.until(WAIT, "health over the pinned https link", () -> {
                try (Response response = client.newCall(new Request.Builder()
                        .url(link.origin() + "/health").build()).execute()) {
                    return response.code() == 200;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @AfterEach
    void closeInOrder() throws Exception {
        Teardown.closeInOrder(page, app, hosted);
    }
}
