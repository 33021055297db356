package org.vtp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.FakeCall;
import org.vtp.app.ui.service.FakeCallService;
import org.vtp.app.ui.service.FakeDeviceCatalog;
import org.vtp.app.ui.service.FakeHostingService;
import org.vtp.app.ui.service.FakeServerCheck;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.Settings;

/** The real window driven by TestFX on headless Monocle, with fake services behind the ports. */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowsIT {
    private final FakeHostingService hosting = new FakeHostingService();
    private final FakeCallService calls = new FakeCallService();
    private final FakeSettingsStore store = new FakeSettingsStore(Settings.empty());

    @Start
    void start(Stage stage) {
        new MainWindow(stage, new UiServices(hosting, calls, new FakeServerCheck(), store, new FakeDeviceCatalog(), Platform::runLater)).open();
    }

    @Test
    void hostingAClassShowsTheJoinLinkAndAQrCodeThatDecodesToIt(FxRobot robot) throws Exception {
        robot.clickOn("#className").write("Physics 7B");
        robot.clickOn("#hostButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hosting.hosted).containsExactly("Physics 7B");
        TextField link = robot.lookup("#joinLink").queryAs(TextField.class);
        assertThat(link.getText()).isEqualTo(FakeHostingService.CLASS.joinLink());
        ImageView qr = robot.lookup("#qrCode").queryAs(ImageView.class);
        assertThat(Images.decodeQr(qr.getImage())).isEqualTo(link.getText());
        assertThat(robot.lookup("#fingerprint").queryAs(Label.class).getText())
                .isEqualTo(FakeHostingService.CLASS.fingerprint());
        Images.savePng(WaitForAsyncUtils.asyncFx(() -> link.getScene().snapshot(null)).get(10, TimeUnit.SECONDS),
                "hosting-panel.png");

        robot.clickOn("#copyButton");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(link.getText());

        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hosting.stops).isEqualTo(1);
        assertThat(robot.lookup("#hostButton").tryQuery()).isPresent();
    }

    @Test
    void joiningByLinkReachesTheCallViewAndShowsWhoIsThere(FxRobot robot) throws Exception {
        robot.clickOn("#joinLink").write("https://192.168.1.20:8443/join/physics-7b");
        robot.clickOn("#name").write("Ada");
        Images.savePng(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#name").query().getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS), "start-screen.png");
        robot.clickOn("#joinButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls.requests).singleElement().satisfies(r -> {
            assertThat(r.target().code()).isEqualTo("physics-7b");
            assertThat(r.displayName()).isEqualTo("Ada");
        });
        assertThat(store.settings.lastName()).isEqualTo("Ada");
        Label state = robot.lookup("#connectionState").queryAs(Label.class);
        assertThat(state.getText()).isEqualTo("Connecting…");
        assertThat(robot.lookup(".video-tile").queryAll()).hasSize(1);

        FakeCall call = calls.call;
        call.events().onParticipantJoined("p1", "Grace Hopper");
        call.events().onConnectionState(ConnectionState.CONNECTED);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".video-tile").queryAll()).hasSize(2);
        assertThat(state.getText()).isEqualTo("Connected");
        assertThat(state.getStyleClass()).contains("state-connected");

        call.events().onConnectionState(ConnectionState.RECONNECTING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getText()).isEqualTo("Reconnecting…");
    }

    @Test
    void signingInSwapsTheNameForEmailAndPasswordAndJoinsWithTheAccount(FxRobot robot) throws Exception {
        robot.clickOn("#joinLink").write("https://192.168.1.20:8443/join/physics-7b");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#name").query().isVisible()).isFalse();
        robot.clickOn("#email").write("grace@school.example");
        robot.clickOn("#password").write("correct horse battery");
        Images.savePng(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#email").query().getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS), "start-screen-sign-in.png");
        robot.clickOn("#joinButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls.requests).singleElement().satisfies(r -> assertThat(r.account())
                .hasValueSatisfying(a -> assertThat(a.email()).isEqualTo("grace@school.example")));
        assertThat(robot.lookup(".video-tile").queryAll()).hasSize(1);
    }

    @Test
    void muteAndCameraTogglesChangeTheCallAndLeaveGoesBack(FxRobot robot) {
        joinWithLink(robot);
        FakeCall call = calls.call;
        ToggleButton mute = robot.lookup("#muteButton").queryAs(ToggleButton.class);
        ToggleButton camera = robot.lookup("#cameraButton").queryAs(ToggleButton.class);
        assertThat(mute.getText()).isEqualTo("Mute");

        robot.clickOn(mute);
        robot.clickOn(camera);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(call.microphoneMuted).isTrue();
        assertThat(call.cameraOff).isTrue();
        assertThat(mute.getText()).isEqualTo("Unmute");
        assertThat(camera.getText()).isEqualTo("Start camera");

        robot.clickOn(mute);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(call.microphoneMuted).isFalse();

        robot.clickOn("#leaveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(call.leaves).isEqualTo(1);
        assertThat(robot.lookup("#hostButton").tryQuery()).isPresent();
    }

    @Test
    void withoutCameraAndMicrophoneTheCallSaysListeningOnly(FxRobot robot) {
        calls.call = new FakeCall("physics-7b", "Ada", false, false);
        joinWithLink(robot);

        Label notice = robot.lookup("#mediaNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("No camera or microphone — listening only");
        assertThat(robot.lookup("#muteButton").queryAs(ToggleButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#cameraButton").queryAs(ToggleButton.class).isDisabled()).isTrue();
    }

    private void joinWithLink(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#joinLink").queryAs(TextField.class).setText("https://192.168.1.20:8443/join/physics-7b");
            robot.lookup("#name").queryAs(TextField.class).setText("Ada");
        });
        robot.clickOn("#joinButton");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
