package org.vtp.app.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.vtp.app.ui.embedded.EmbeddedHostingService;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.HostedClassInfo;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.app.ui.store.JsonSettingsStore;
import org.vtp.app.ui.webrtc.WebRtcCallService;
import org.vtp.app.ui.webrtc.WebRtcDeviceCatalog;
import org.vtp.client.call.CallOptions;
import org.vtp.client.host.HostOptions;
import org.vtp.client.ice.NetworkMode;

/**
 * A manual measurement, not a test: the real window (run it under Xvfb with the GTK glass
 * platform, see src-docs/desktop-app.md) hosts a real class on loopback, three headless
 * {@code vtp-app.jar --join} processes join it, the app joins its own class with the test pattern,
 * and it prints start time, click-to-live time and memory with 4 participants, then saves a screen
 * capture of the call window to {@code target/screenshots/xvfb-call-window.png}.
 */
public final class XvfbCallWindow extends Application {
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<Process> students = new ArrayList<>();
    private EmbeddedHostingService hosting;
    private WebRtcCallService calls;
    private MainWindow window;
    private Stage stage;

    /** The entry point: a class that is no Application, so JavaFX on the class path is accepted. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(XvfbCallWindow.class, args);
        }
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        Path dir = Files.createTempDirectory("vtp-xvfb");
        hosting = new EmbeddedHostingService(name -> HostOptions.loopback(name, dir), background);
        calls = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, CallOptions.defaults().requestTimeout()));
        window = new MainWindow(stage, new UiServices(hosting, calls, new JsonSettingsStore(dir),
                new WebRtcDeviceCatalog(), Platform::runLater));
        stage.setWidth(1280);
        stage.setHeight(800);
        window.open();
        Platform.runLater(() -> {
            System.out.printf("[xvfb] glass platform %s; JVM start -> start screen shown: %d ms%n",
                    com.sun.glass.ui.Application.GetApplication().getClass().getSimpleName(),
                    System.currentTimeMillis() - JVM_START);
            CompletableFuture.runAsync(this::run).whenComplete((v, e) -> {
                if (e != null) {
                    e.printStackTrace();
                }
                Platform.runLater(this::quit);
            });
        });
    }

    private void run() {
        try {
            long clicked = System.nanoTime();
            HostedClassInfo info = hosting.host("Xvfb class", true).get(30, TimeUnit.SECONDS);
            System.out.printf("[xvfb] host() -> link %s in %d ms%n", info.joinLink(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clicked));
            String jar = Path.of("target", "vtp-app.jar").toAbsolutePath().toString();
            for (String name : List.of("Ann", "Bob", "Cy")) {
                students.add(new ProcessBuilder("java", "-jar", jar, "--join", info.joinLink(), "--name", name,
                        "--loopback", "--ignore-stdin").redirectErrorStream(true)
                        .redirectOutput(Path.of("target", "xvfb-" + name + ".log").toFile()).start());
            }
            MediaChoice pattern = new MediaChoice(Optional.of(DeviceInfo.TEST_PATTERN_ID), Optional.empty());
            CallModel call = calls.join(new JoinRequest(hosting.ownSeat().orElseThrow(), "Teacher", pattern))
                    .get(30, TimeUnit.SECONDS);
            Platform.runLater(() -> window.showCall(call));
            TimeUnit.SECONDS.sleep(15);
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
            System.out.printf("[xvfb] 4 participants (app + 3 processes): heap used after GC %d MiB, %s "
                    + "(the app process also hosts the server and SFU)%n", heap.getUsed() >> 20, rss.replaceAll("\\s+", " "));
            CompletableFuture<Void> saved = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                    var image = new Robot().getScreenCapture(null, bounds);
                    System.out.println("[xvfb] saved " + Images.savePng(image, "xvfb-call-window.png"));
                    saved.complete(null);
                } catch (Exception e) {
                    saved.completeExceptionally(e);
                }
            });
            saved.get(20, TimeUnit.SECONDS);
            call.leave().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void quit() {
        students.forEach(Process::destroy);
        window.close();
        calls.close();
        hosting.close();
        background.shutdownNow();
        Platform.exit();
        System.exit(0);
    }
}
