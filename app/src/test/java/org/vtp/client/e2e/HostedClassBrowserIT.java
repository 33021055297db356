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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vtp.app.headless.SyntheticParticipant;
import org.vtp.client.host.ClassHost;
import org.vtp.client.host.HostOptions;
import org.vtp.client.host.HostedClass;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;
import org.vtp.client.media.FrameCounter;
import org.vtp.client.tls.CertificatePin;
import org.vtp.server.HostAddresses;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;

/**
 * The desktop app hosts a class over HTTPS as for a LAN (every adapter, the host's own address in
 * the link; free ports) and takes part with its synthetic camera (joining through the pinned wss
 * link); a browser joins through the https join link. Chromium trusts exactly this certificate
 * ({@code --ignore-certificate-errors-spki-list}) and sends our test pattern as its fake camera;
 * Firefox accepts the self-signed certificate as a student would and sends its own fake camera.
 * Each side decodes the other's video; the app recognises Chromium's pattern. Ending the class
 * disconnects both.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class HostedClassBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    @TempDir
    Path videoDir;

    private HostedClass hosted;
    private SyntheticParticipant app;
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
    void aBrowserJoinsTheHostedClassOverHttpsAndBothSidesDecodeEachOthersVideo(Engine engine) throws Exception {
        long hostStart = System.nanoTime();
        HostOptions lan = HostOptions.lan("hosted-class", dataDir);
        hosted = ClassHost.start(new HostOptions(lan.className(), lan.bindAddress(), lan.announcedAddresses(), 0, 0, 0,
                dataDir));
        JoinLink link = hosted.joinLink();
        awaitHealthy(link);
        long linkLiveMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - hostStart);
        assertThat(link.origin().getHost()).isEqualTo(HostAddresses.urlHost(HostAddresses.discover().get(0)));

        app = SyntheticParticipant.join(link, hosted.ownerAdmissions(), "Teacher",
                NetworkMode.LOOPBACK, line -> System.out.println("[app] " + line));
        String pageId = joinWithBrowser(engine, link, "Ann");
        assertThat(page.js("return window.isSecureContext;")).isEqualTo(Boolean.TRUE);
        assertThat(page.js("return location.protocol;")).isEqualTo("https:");
        long joinedAt = page.eventTime("joinStartedAt");

        Await.until(WAIT, "the browser decodes the app's video", () -> page.inbound(app.peerId(), "video").framesDecoded() > 0);
        Await.growing(WAIT, "the browser's framesDecoded", () -> page.inbound(app.peerId(), "video").framesDecoded());
        assertThat(page.inbound(app.peerId(), "video").frameWidth()).isEqualTo(SyntheticParticipant.WIDTH);

        Await.growing(WAIT, "frames of the browser's camera at the app", () -> app.videoFrom(pageId).frames());
        if (engine == Engine.CHROMIUM) {
            Await.until(WAIT, "the app recognises the test pattern in Chromium's video",
                    () -> app.videoFrom(pageId).patternMatches() > 2);
        }
        FrameCounter.Snapshot received = app.videoFrom(pageId);
        assertThat(received.width()).isPositive();
        assertThat(page.pageErrors()).isEmpty();

        hosted.stop();
        Await.until(WAIT, "the app's participant is disconnected when the class ends", () -> !app.connected());
        Await.until(WAIT, "the page leaves the connected state when the class ends",
                () -> !"connected".equals(page.js("return document.body.dataset.state;")));
        System.out.printf("[e2e] hosting (%s): ClassHost.start %d ms, host start -> link live (health over pinned https) "
                        + "%d ms; join -> first frame of the app %d ms; app received %d frames, %d pattern matches%n",
                page.engine(), hosted.startDuration().toMillis(), linkLiveMillis,
                page.eventTime("firstFrameAt['" + app.peerId() + "']") - joinedAt, received.frames(),
                received.patternMatches());
    }

    private String joinWithBrowser(Engine engine, JoinLink link, String name) throws Exception {
        Path camera = PatternVideoFile.write(videoDir.resolve("pattern.y4m"), 320, 240, 15, 45);
        Engine.LaunchOptions options = engine == Engine.FIREFOX
                ? Engine.LaunchOptions.DEFAULT.acceptingInsecureCerts()
                : Engine.LaunchOptions.DEFAULT.withChromiumFlags(List.of(
                        "--ignore-certificate-errors-spki-list=" + spkiSha256(hosted),
                        "--use-file-for-fake-video-capture=" + camera));
        page = engine.launch("hosted-" + name, options);
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
