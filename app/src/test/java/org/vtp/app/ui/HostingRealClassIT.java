package org.vtp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vtp.app.ui.embedded.EmbeddedHostingService;
import org.vtp.app.ui.service.FakeCallService;
import org.vtp.app.ui.service.FakeDeviceCatalog;
import org.vtp.app.ui.service.FakeServerCheck;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.Settings;
import org.vtp.client.host.HostOptions;
import org.vtp.client.link.JoinLink;
import org.vtp.client.tls.CertificatePin;

/**
 * The real window on headless Monocle hosting a REAL class on loopback (server, SFU, accounts):
 * the shown link and QR code answer over HTTPS pinned to the shown fingerprint; stopping ends it.
 */
@ExtendWith(ApplicationExtension.class)
class HostingRealClassIT {
    @TempDir
    static Path dataDir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private EmbeddedHostingService hosting;

    @Start
    void start(Stage stage) {
        hosting = new EmbeddedHostingService(name -> HostOptions.loopback(name, dataDir), background);
        new MainWindow(stage, new UiServices(hosting, new FakeCallService(), new FakeServerCheck(), new FakeSettingsStore(Settings.empty()),
                new FakeDeviceCatalog(), Platform::runLater)).open();
    }

    @Test
    void hostingShowsALiveJoinLinkAndQrCodeAndStoppingEndsTheClass(FxRobot robot) throws Exception {
        robot.clickOn("#className").write("Biology 9");
        long clicked = System.nanoTime();
        robot.clickOn("#hostButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#joinLink").tryQuery().isPresent()
                && robot.lookup("#qrCode").tryQuery().isPresent());
        String shown = robot.lookup("#joinLink").queryAs(TextField.class).getText();
        JoinLink link = JoinLink.parse(shown);
        OkHttpClient pinned = CertificatePin.sha256(link.fingerprintSha256().orElseThrow())
                .applyTo(new OkHttpClient.Builder()).build();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(pinned, link).contains("Biology 9"));
        long liveMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clicked);

        assertThat(link.origin().getHost()).isEqualTo("127.0.0.1");
        assertThat(Images.decodeQr(robot.lookup("#qrCode").queryAs(ImageView.class).getImage())).isEqualTo(shown);
        assertThat(hosting.hosted().orElseThrow().joinLink()).isEqualTo(link);
        System.out.printf("[ui] click on Host -> join link live over pinned HTTPS: %d ms%n", liveMillis);

        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> hosting.hosted().isEmpty()
                && lookup(pinned, link).isEmpty());
        assertThat(robot.lookup("#hostButton").tryQuery()).isPresent();
        pinned.dispatcher().executorService().shutdown();
    }

    /** The by-code lookup's body, or "" when the server does not answer 200. */
    private static String lookup(OkHttpClient client, JoinLink link) {
        Request request = new Request.Builder()
                .url(link.origin() + "/api/v1/rooms/by-code/" + link.room()).build();
        try (Response response = client.newCall(request).execute()) {
            return response.code() == 200 ? response.body().string() : "";
        } catch (IOException e) {
            return "";
        }
    }

    @AfterEach
    void stop() {
        hosting.close();
        background.shutdownNow();
    }
}
