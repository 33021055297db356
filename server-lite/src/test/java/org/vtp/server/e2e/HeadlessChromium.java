package org.vtp.server.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium process with its own chromedriver and a fresh profile directory that is
 * deleted on {@link #close()}. The driver and browser paths are explicit, so Selenium Manager
 * never runs (and never downloads anything): Selenium skips it when the service names the driver
 * executable and the options name the browser binary.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUTPUT_DIR = Path.of("target", "e2e");

    /** Flags of /work/shared/LIBRARY-NOTES.md: fake camera/mic, no prompts, loopback ICE, no network chatter. */
    static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--use-fake-device-for-media-stream=fps=30", "--use-fake-ui-for-media-stream",
            "--allow-loopback-in-peer-connection", "--autoplay-policy=no-user-gesture-required",
            "--window-size=1280,800");

    private final String label;
    private final Path userDataDir;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(String label, Path userDataDir, ChromeDriverService service, ChromeDriver driver) {
        this.label = label;
        this.userDataDir = userDataDir;
        this.service = service;
        this.driver = driver;
    }

    /** Starts a browser; {@code label} names its log and screenshot files under target/e2e. */
    static HeadlessChromium launch(String label) {
        Path profile = null;
        ChromeDriverService service = null;
        try {
            Files.createDirectories(OUTPUT_DIR);
            profile = Files.createTempDirectory("vtp-chromium-");
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(OUTPUT_DIR.resolve(label + "-chromedriver.log").toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options(profile));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            return new HeadlessChromium(label, profile, service, driver);
        } catch (IOException e) {
            deleteTree(profile);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (service != null) {
                service.stop();
            }
            deleteTree(profile);
            throw e;
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        // Keeps the page's console messages readable through driver.manage().logs().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    ChromeDriver driver() {
        return driver;
    }

    String label() {
        return label;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(userDataDir);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the browser profile " + root, e);
        }
    }
}
