package org.vtp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vtp.app.ui.service.FakeCallService;
import org.vtp.app.ui.service.FakeDeviceCatalog;
import org.vtp.app.ui.service.FakeHostingService;
import org.vtp.app.ui.service.FakeServerCheck;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.Settings;
import org.vtp.client.signalling.ServerReach;
import org.vtp.client.tls.PresentedCertificate;

/**
 * The real window (TestFX, Monocle) when a trusted server shows another certificate: a red
 * warning naming both codes (screenshot {@code target/screenshots/trust-prompt-changed.png}) with
 * Cancel as the default; Cancel joins nothing, and trusting the new certificate is a deliberate
 * second click that replaces the pin.
 */
@ExtendWith(ApplicationExtension.class)
class CertificateChangedIT {
    private static final String SERVER = "192.168.1.20:8443";
    private static final PresentedCertificate OLD = new PresentedCertificate("aa".repeat(32));
    private static final PresentedCertificate NEW = new PresentedCertificate("3f2a91c077de4b18" + "0".repeat(48));

    private final FakeCallService calls = new FakeCallService();
    private final FakeServerCheck servers = new FakeServerCheck();
    private final FakeSettingsStore store = new FakeSettingsStore(
            new Settings(List.of("https://" + SERVER), "Ada", Optional.empty(), Optional.empty()));

    @Start
    void start(Stage stage) {
        store.trusted.put(SERVER, OLD.sha256Hex());
        new MainWindow(stage, new UiServices(new FakeHostingService(), calls, servers, store, new FakeDeviceCatalog(),
                Platform::runLater)).open();
    }

    @Test
    void aChangedCertificateIsRefusedLoudlyAndOnlyTrustedDeliberately(FxRobot robot) throws Exception {
        joinAndExpectTheWarning(robot);
        Images.savePng(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#trustCode").query().getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS), "trust-prompt-changed.png");
        assertThat(robot.lookup("#cancelTrustButton").queryAs(Button.class).isDefaultButton()).isTrue();
        assertThat(robot.lookup("#trustButton").queryAs(Button.class).getText()).isEqualTo("Trust the new certificate");

        robot.clickOn("#cancelTrustButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls.requests).isEmpty();
        assertThat(store.trusted).containsEntry(SERVER, OLD.sha256Hex());
        assertThat(robot.lookup(".status-line").queryAs(Label.class).getText()).contains("did not trust");

        joinAndExpectTheWarning(robot);
        robot.clickOn("#trustButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.trusted).containsEntry(SERVER, NEW.sha256Hex());
        assertThat(calls.requests).singleElement()
                .satisfies(r -> assertThat(r.target().link().fingerprintSha256()).contains(NEW.sha256Hex()));
    }

    private void joinAndExpectTheWarning(FxRobot robot) throws Exception {
        servers.next = CompletableFuture.completedFuture(
                new ServerReach.ChangedCertificate(URI.create("https://" + SERVER), OLD.sha256Hex(), NEW));
        robot.interact(() -> {
            robot.lookup("#server").queryAs(ComboBox.class).getEditor().setText("https://" + SERVER);
            robot.lookup("#code").queryAs(TextField.class).setText("physics-7b");
        });
        robot.clickOn("#joinButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trustCode").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        assertThat(robot.lookup("#trustTitle").queryAs(Label.class).getText())
                .isEqualTo("Warning: the server's certificate has changed");
        assertThat(robot.lookup("#trustMessage").queryAs(Label.class).getText()).contains("AAAA AAAA AAAA AAAA");
        assertThat(robot.lookup("#trustCode").queryAs(Label.class).getText()).isEqualTo("3F2A 91C0 77DE 4B18");
    }
}
