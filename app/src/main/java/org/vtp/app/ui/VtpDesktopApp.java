package org.vtp.app.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.vtp.app.ui.embedded.EmbeddedHostingService;
import org.vtp.app.ui.store.JsonSettingsStore;
import org.vtp.app.ui.webrtc.WebRtcCallService;
import org.vtp.app.ui.webrtc.WebRtcDeviceCatalog;
import org.vtp.client.call.CallOptions;
import org.vtp.client.host.HostOptions;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.signalling.ServerProbe;

/**
 * The desktop app's JavaFX entry class (launched by {@code org.vtp.app.VtpAppMain}). Wires the
 * real adapters into {@link UiServices} and opens the {@link MainWindow}.
 *
 * <p>Parameters: {@code --settings-dir=<dir>} (else the system property {@code vtp.settings.dir},
 * else {@code ~/.vtp}): settings and the hosting data (certificate, accounts);
 * {@code --loopback=true} (or {@code -Dvtp.loopback=true}): host and call on 127.0.0.1 only
 * (one-machine demos, tests). Closing the window ends a hosted class for everyone.
 */
public class VtpDesktopApp extends Application {
    private static final Duration SERVER_CHECK_TIMEOUT = Duration.ofSeconds(10);
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "vtp-hosting");
        thread.setDaemon(true);
        return thread;
    });
    private WebRtcCallService calls;
    private EmbeddedHostingService hosting;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        boolean loopback = Boolean.parseBoolean(getParameters().getNamed().getOrDefault("loopback",
                System.getProperty("vtp.loopback", "false")));
        Path dataDir = settingsDir();
        calls = loopback ? new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true,
                CallOptions.defaults().requestTimeout())) : new WebRtcCallService();
        hosting = new EmbeddedHostingService(name -> loopback ? HostOptions.loopback(name, dataDir)
                : HostOptions.lan(name, dataDir), background);
        UiServices services = new UiServices(hosting, calls, new ServerProbe(SERVER_CHECK_TIMEOUT)::reach,
                new JsonSettingsStore(dataDir), new WebRtcDeviceCatalog(), Platform::runLater);
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
        if (hosting != null) {
            hosting.close();
        }
        // Let a class being stopped in the background finish ending for everyone.
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
