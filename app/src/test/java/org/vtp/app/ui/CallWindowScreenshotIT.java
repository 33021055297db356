package org.vtp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vtp.app.ui.call.CallView;
import org.vtp.app.ui.call.ParticipantViewModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.FakeCall;
import org.vtp.app.ui.service.FakeCallService;
import org.vtp.app.ui.service.FakeDeviceCatalog;
import org.vtp.app.ui.service.FakeHostingService;
import org.vtp.app.ui.service.FakeServerCheck;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.FakeVideoFeed;
import org.vtp.app.ui.service.Settings;

/**
 * A real call window with four tiles: three render test-pattern frames through the production
 * path (native I420 → VideoBufferConverter → PixelBuffer), one shows a name card. Saves
 * {@code target/screenshots/call-view.png} and checks the rendered colours (BGRA order).
 */
@ExtendWith(ApplicationExtension.class)
class CallWindowScreenshotIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final FakeCallService calls = new FakeCallService();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new UiServices(new FakeHostingService(), calls, new FakeServerCheck(),
                new FakeSettingsStore(Settings.empty()), new FakeDeviceCatalog(), Platform::runLater));
        stage.setWidth(1280);
        stage.setHeight(800);
        window.open();
    }

    @Test
    void aCallWithFourParticipantsRendersTheirVideo(FxRobot robot) throws Exception {
        FakeCall call = new FakeCall("physics-7b", "Ada Lovelace", true, true);
        calls.call = call;
        robot.interact(() -> {
            robot.lookup("#joinLink").queryAs(TextField.class).setText("https://192.168.1.20:8443/join/physics-7b");
            robot.lookup("#name").queryAs(TextField.class).setText("Ada Lovelace");
        });
        robot.clickOn("#joinButton");
        WaitForAsyncUtils.waitForFxEvents();
        FakeVideoFeed grace = new FakeVideoFeed();
        FakeVideoFeed linus = new FakeVideoFeed();
        call.events().onParticipantJoined("p1", "Grace Hopper");
        call.events().onParticipantJoined("p2", "Linus Torvalds");
        call.events().onParticipantJoined("p3", "Margaret Hamilton");
        call.events().onParticipantVideo("p1", grace);
        call.events().onParticipantVideo("p2", linus);
        call.events().onConnectionState(ConnectionState.CONNECTED);
        WaitForAsyncUtils.waitForFxEvents();

        CallView view = window.callView().orElseThrow();
        List<ParticipantViewModel> tiles = WaitForAsyncUtils.asyncFx(() -> List.copyOf(
                robot.lookup(".video-tile").queryAll().stream().map(n -> (ParticipantViewModel) n.getUserData()).toList()))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(tiles).hasSize(4);
        for (long n = 1; n <= 3; n++) {
            call.preview.push(TestFrames.pattern(640, 360, n));
            grace.push(TestFrames.pattern(1280, 720, n));
            linus.push(TestFrames.pattern(320, 180, n));
        }
        awaitFrames(view, tiles.subList(0, 3));

        Image shot = WaitForAsyncUtils.asyncFx(() -> window.callView().orElseThrow().root().getScene().snapshot(null))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Path file = Images.savePng(shot, "call-view.png");
        assertThat(Files.size(file)).isPositive();

        Node graceTile = robot.lookup(".video-tile").nth(1).query();
        Bounds b = WaitForAsyncUtils.asyncFx(() -> graceTile.localToScene(graceTile.getBoundsInLocal()))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // Bar 6 of 8 is red (Y 65, U 100, V 212 ≈ RGB 191, 0, 0), bar 7 blue: red and blue must not swap.
        int red = shot.getPixelReader().getArgb((int) (b.getMinX() + b.getWidth() * 5.5 / 8), (int) (b.getMinY() + b.getHeight() / 5));
        int blue = shot.getPixelReader().getArgb((int) (b.getMinX() + b.getWidth() * 6.5 / 8), (int) (b.getMinY() + b.getHeight() / 5));
        assertThat(channel(red, 16)).isGreaterThan(150);
        assertThat(channel(red, 0)).isLessThan(60);
        assertThat(channel(blue, 0)).isGreaterThan(150);
        assertThat(channel(blue, 16)).isLessThan(60);
    }

    private static int channel(int argb, int shift) {
        return (argb >> shift) & 0xff;
    }

    private static void awaitFrames(CallView view, List<ParticipantViewModel> participants) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> participants.stream().allMatch(p -> view.framesShown(p) > 0)).get());
    }
}
