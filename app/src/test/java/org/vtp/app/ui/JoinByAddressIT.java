package org.vtp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vtp.app.ui.service.FakeDeviceCatalog;
import org.vtp.app.ui.service.FakeHostingService;
import org.vtp.app.ui.service.ServerCheck;
import org.vtp.app.ui.store.JsonSettingsStore;
import org.vtp.app.ui.webrtc.WebRtcCallService;
import org.vtp.client.call.CallOptions;
import org.vtp.client.host.ClassHost;
import org.vtp.client.host.HostOptions;
import org.vtp.client.host.HostedClass;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.signalling.ServerProbe;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.tls.Fingerprints;
import org.vtp.sfu.Sfu;

/**
 * The real window (TestFX, headless Monocle) joining REAL classes by typed server address and
 * code, through the real probe, settings store and call service: a teacher-hosted class with a
 * self-signed certificate asks once for its code (screenshot {@code target/screenshots/trust-prompt.png}),
 * then joins pinned and is not asked again; a plain-HTTP server reached by a bare
 * {@code host:port} is joined over http and remembered with http.
 */
@ExtendWith(ApplicationExtension.class)
class JoinByAddressIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private final List<Optional<String>> pinsChecked = new CopyOnWriteArrayList<>();
    private WebRtcCallService calls;
    private JsonSettingsStore settings;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        calls = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        settings = new JsonSettingsStore(dir.resolve("app"));
        ServerProbe probe = new ServerProbe(Duration.ofSeconds(10));
        ServerCheck recording = (origin, schemeGiven, pin) -> {
            pinsChecked.add(pin);
            return probe.reach(origin, schemeGiven, pin);
        };
        window = new MainWindow(stage, new UiServices(new FakeHostingService(), calls, recording, settings,
                new FakeDeviceCatalog(), Platform::runLater));
        window.open();
    }

    @Test
    void aSelfSignedClassAsksOnceForItsCodeThenJoinsPinnedAndIsNotAskedAgain(FxRobot robot) throws Exception {
        try (HostedClass hosted = ClassHost.start(HostOptions.loopback("Physics 7B", dir.resolve("host")))) {
            String address = "127.0.0.1:" + hosted.httpsPort();
            String teachersCode = Fingerprints.shortForm(hosted.tls().fingerprintSha256());
            typeServerCodeAndName(robot, address, hosted.code(), "Ada");
            robot.clickOn("#joinButton");

            WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> shown(robot, "#trustCode"));
            assertThat(text(robot, "#trustCode")).isEqualTo(teachersCode);
            assertThat(text(robot, "#trustQuestion")).isEqualTo("Is this the code your teacher shows?");
            Images.savePng(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#trustCode").query().getScene().snapshot(null))
                    .get(10, TimeUnit.SECONDS), "trust-prompt.png");
            robot.clickOn("#showFullFingerprint");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, "#fullFingerprint")).isEqualTo("SHA-256 " + hosted.fingerprintForDisplay());
            Images.savePng(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#trustCode").query().getScene().snapshot(null))
                    .get(10, TimeUnit.SECONDS), "trust-prompt-full.png");
            robot.clickOn("#trustButton");

            awaitCallThenLeave(robot);
            assertThat(settings.trustedCertificate(address)).contains(hosted.tls().fingerprintSha256());
            assertThat(settings.load().recentServers()).first().isEqualTo("https://" + address);

            robot.clickOn("#code").write(hosted.code());
            robot.clickOn("#joinButton");
            awaitCallThenLeave(robot);
            assertThat(pinsChecked).containsExactly(Optional.empty(), Optional.of(hosted.tls().fingerprintSha256()));
        }
    }

    @Test
    void aBareAddressOfAPlainHttpServerJoinsOverHttpAndIsSavedWithHttp(FxRobot robot) throws Exception {
        ServerConfig config = ServerConfig.loopback(dir.resolve("server"));
        try (Sfu sfu = Sfu.start(config.sfuConfig()); VtpServer server = VtpServer.startSecured(config, sfu)) {
            String code = server.openHostedClass("Plain class").code();
            String address = "127.0.0.1:" + server.httpPort();
            typeServerCodeAndName(robot, address, code, "Grace");
            robot.clickOn("#joinButton");

            awaitCallThenLeave(robot);

            assertThat(settings.load().recentServers()).first().isEqualTo("http://" + address);
            assertThat(settings.trustedCertificate(address)).isEmpty();
        }
    }

    private static void typeServerCodeAndName(FxRobot robot, String server, String code, String name) {
        ComboBox<?> servers = robot.lookup("#server").queryAs(ComboBox.class);
        robot.clickOn(servers.getEditor()).write(server);
        robot.clickOn("#code").write(code);
        robot.clickOn("#name").write(name);
    }

    /** Waits for the call view (the join succeeded), leaves, and waits for the start screen. */
    private void awaitCallThenLeave(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> shown(robot, "#leaveButton"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().filtered(Window::isShowing).size())
                .get(10, TimeUnit.SECONDS)).as("no certificate prompt is open").isEqualTo(1);
        robot.clickOn("#leaveButton");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> shown(robot, "#joinButton"));
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(node -> node.isVisible() && node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        calls.close();
    }
}
