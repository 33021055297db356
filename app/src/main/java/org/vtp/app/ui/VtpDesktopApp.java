package org.vtp.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.vtp.app.ui.service.UnavailableHostingService;
import org.vtp.app.ui.store.JsonSettingsStore;
import org.vtp.app.ui.webrtc.WebRtcCallService;
import org.vtp.app.ui.webrtc.WebRtcDeviceCatalog;

/**
 * The desktop app's JavaFX entry class (launched by {@code org.vtp.app.VtpAppMain}). Wires the
 * real adapters into {@link UiServices} and opens the {@link MainWindow}.
 *
 * <p>Parameters: {@code --settings-dir=<dir>} (else the system property {@code vtp.settings.dir},
 * else {@code ~/.vtp}).
 */
public class VtpDesktopApp extends Application {
    private WebRtcCallService calls;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        calls = new WebRtcCallService();
        UiServices services = new UiServices(new UnavailableHostingService(), calls,
                new JsonSettingsStore(settingsDir()), new WebRtcDeviceCatalog(), Platform::runLater);
        window = new MainWindow(stage, services);
        stage.setOnCloseRequest(e -> window.close());
        window.open();
    }

    private Path settingsDir() {
        Optional<String> named = Optional.ofNullable(getParameters().getNamed().get("settings-dir"));
        String dir = named.orElse(System.getProperty("vtp.settings.dir",
                Path.of(System.getProperty("user.home"), ".vtp").toString()));
        return Path.of(dir);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (calls != null) {
            calls.close();
        }
    }
}
