package org.vtp.app.ui;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.vtp.app.ui.call.CallView;
import org.vtp.app.ui.call.ParticipantViewModel;
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
import org.vtp.client.media.RobotScreenGrabber;
import org.vtp.client.signalling.ServerProbe;

/**
 * The real window on a real X server (Xvfb, GTK glass platform, not Monocle), run as a child
 * process by {@link XvfbWindowIT}: it hosts a real class on loopback, three headless
 * {@code vtp-app.jar --join} students send their test patterns, the app joins its own class with
 * the test pattern, and once every tile shows decoded frames it prints start time, click-to-live
 * time and memory with 4 participants. Then it captures the screen with our
 * {@link RobotScreenGrabber} (the screen-share grabber), saves the call window to
 * {@code target/screenshots/xvfb-call-window.png}, and checks that each student's tile shows the
 * pattern's red and blue bars where they belong. Exit code 0 = everything seen; else 1.
 */
public final class XvfbCallWindow extends Application {
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static final List<String> STUDENTS = List.of("Ann", "Bob", "Cy");
    private static final Duration WAIT = Duration.ofSeconds(60);

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
        window = new MainWindow(stage, new UiServices(hosting, calls, new ServerProbe(Duration.ofSeconds(10))::reach,
                new JsonSettingsStore(dir),
                new WebRtcDeviceCatalog(), Platform::runLater));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.open();
        Platform.runLater(() -> {
            System.out.printf("[xvfb] glass platform %s; JVM start -> start screen shown: %d ms%n",
                    com.sun.glass.ui.Application.GetApplication().getClass().getSimpleName(),
                    System.currentTimeMillis() - JVM_START);
            CompletableFuture.runAsync(this::run).whenComplete((v, e) -> {
                if (e != null) {
                    System.out.println("[xvfb] FAILED: " + e);
                    e.printStackTrace();
                }
                Platform.runLater(() -> quit(e == null ? 0 : 1));
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
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            for (String name : STUDENTS) {
                students.add(new ProcessBuilder(java, "-jar", jar, "--join", info.joinLink(), "--name", name,
                        "--loopback", "--ignore-stdin").redirectErrorStream(true)
                        .redirectOutput(Path.of("target", "xvfb-" + name + ".log").toFile()).start());
            }
            MediaChoice pattern = MediaChoice.testPattern();
            CallModel call = calls.join(new JoinRequest(hosting.ownSeat().orElseThrow(), "Teacher", pattern))
                    .get(30, TimeUnit.SECONDS);
            Platform.runLater(() -> window.showCall(call));
            long joined = System.nanoTime();
            awaitEveryTileShowingFrames();
            System.out.printf("[xvfb] join -> all %d tiles showing decoded frames: %d ms%n", STUDENTS.size() + 1,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - joined));
            printMemory();
            checkScreenCapture();
            leaveThroughTheWindow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitEveryTileShowingFrames() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!onFx(() -> tilesWithFrames() == STUDENTS.size() + 1)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + onFx(this::tilesWithFrames) + " tiles show frames after " + WAIT);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** The Leave button, as a person clicks it: the call view goes, the process stays alive. */
    private void leaveThroughTheWindow() throws Exception {
        onFx(() -> {
            ((javafx.scene.control.Button) stage.getScene().lookup("#leaveButton")).fire();
            return null;
        });
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (onFx(() -> window.callView().isPresent())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the call view is still shown " + WAIT + " after Leave");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        System.out.println("[xvfb] left through the Leave button");
    }

    private long tilesWithFrames() {
        Optional<CallView> view = window.callView();
        return view.map(v -> tiles().stream().filter(t -> v.framesShown((ParticipantViewModel) t.getUserData()) > 0)
                .count()).orElse(0L);
    }

    private List<Node> tiles() {
        return List.copyOf(stage.getScene().getRoot().lookupAll(".video-tile"));
    }

    private static void printMemory() throws Exception {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
        System.out.printf("[xvfb] 4 participants (app + 3 processes): heap used after GC %d MiB, %s "
                + "(the app process also hosts the server and SFU)%n", heap.getUsed() >> 20, rss.replaceAll("\\s+", " "));
    }

    /** Grabs the whole X screen as a screen share would, saves the window, checks the students' tiles. */
    private void checkScreenCapture() throws Exception {
        BufferedImage screen = RobotScreenGrabber.primaryScreen().grab();
        Rectangle window = onFx(() -> new Rectangle((int) stage.getX(), (int) stage.getY(),
                (int) stage.getWidth(), (int) stage.getHeight())).intersection(
                new Rectangle(screen.getWidth(), screen.getHeight()));
        BufferedImage shot = screen.getSubimage(window.x, window.y, window.width, window.height);
        Path file = Images.savePng(shot, "xvfb-call-window.png");
        System.out.printf("[xvfb] screen %dx%d grabbed by RobotScreenGrabber; saved %s%n", screen.getWidth(),
                screen.getHeight(), file);
        List<Bounds> remoteTiles = onFx(() -> tiles().stream()
                .filter(t -> !((ParticipantViewModel) t.getUserData()).local())
                .map(t -> t.localToScreen(t.getBoundsInLocal())).toList());
        if (remoteTiles.size() != STUDENTS.size()) {
            throw new IllegalStateException("expected " + STUDENTS.size() + " student tiles, saw " + remoteTiles.size());
        }
        for (Bounds tile : remoteTiles) {
            requireRedAndBlueBars(screen, tile);
        }
        System.out.println("[xvfb] every student tile shows the pattern's red and blue bars on the real screen");
    }

    /**
     * Bar 6 of 8 is red (Y 65, U 100, V 212 ≈ RGB 191, 0, 0), bar 7 blue. Scans a row through the
     * bars (the video may be pillar-boxed inside its tile) for a wide red run followed directly by a
     * wide blue one, so a swapped channel order, a mirrored or an empty tile fails.
     */
    private static void requireRedAndBlueBars(BufferedImage screen, Bounds tile) {
        int y = (int) (tile.getMinY() + tile.getHeight() / 5);
        StringBuilder runs = new StringBuilder();
        char current = 0;
        int length = 0;
        for (int x = (int) tile.getMinX(); x < (int) tile.getMaxX(); x++) {
            char colour = colourClass(screen.getRGB(x, y));
            length = colour == current ? length + 1 : 1;
            current = colour;
            if (length == 8 && (runs.length() == 0 || runs.charAt(runs.length() - 1) != colour)) {
                runs.append(colour);
            }
        }
        if (!runs.toString().contains("RB")) {
            throw new IllegalStateException("tile at " + tile + ": no red bar followed by a blue bar; colour runs " + runs);
        }
    }

    private static char colourClass(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        if (r > 150 && g < 60 && b < 60) {
            return 'R';
        }
        return b > 150 && r < 60 && g < 60 ? 'B' : '-';
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(task.call());
            } catch (Exception e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(10, TimeUnit.SECONDS);
    }

    private void quit(int status) {
        students.forEach(Process::destroy);
        window.close();
        calls.close();
        hosting.close();
        background.shutdownNow();
        Platform.exit();
        System.exit(status);
    }
}
