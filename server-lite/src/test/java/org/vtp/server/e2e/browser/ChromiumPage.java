package org.vtp.server.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Debian Chromium driven by Selenium through {@code /usr/bin/chromedriver}, with a
 * fresh profile deleted on {@link #close()}. Both paths are explicit, so Selenium Manager never
 * runs and nothing is downloaded.
 */
final class ChromiumPage implements BrowserPage {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Flags of /work/shared/LIBRARY-NOTES.md: fake camera/mic, no prompts, loopback ICE, no network chatter. */
    static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--use-fake-device-for-media-stream=fps=30", "--use-fake-ui-for-media-stream",
            "--allow-loopback-in-peer-connection", "--autoplay-policy=no-user-gesture-required",
            "--window-size=1280,800");

    private final String label;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private ChromiumPage(String label, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.label = label;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    static ChromiumPage launch(String label, Engine.LaunchOptions launch) {
        Path profile = ProfileDirectory.create("vtp-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(ProfileDirectory.OUTPUT_DIR.resolve(label + "-chromedriver.log").toFile())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options(profile, launch));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            return new ChromiumPage(label, profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            ProfileDirectory.delete(profile);
            throw e;
        }
    }

    private static ChromeOptions options(Path profile, Engine.LaunchOptions launch) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments(launch.chromiumFlags());
        options.addArguments("--user-data-dir=" + profile);
        options.setAcceptInsecureCerts(launch.acceptInsecureCerts());
        // Keeps the page's console messages readable through driver.manage().logs().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Engine engine() {
        return Engine.CHROMIUM;
    }

    @Override
    public BrowserPage open(String url) {
        driver.get(url);
        return this;
    }

    @Override
    public void beforeEveryDocument(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** W3C Execute Script awaits a returned Promise; a rejection becomes a JavascriptException. */
    @Override
    public Object js(String script, Object... args) {
        return driver.executeScript(script, Arrays.copyOf(args, args.length, Object[].class));
    }

    @Override
    public Path screenshot(String name) {
        Path target = ProfileDirectory.screenshotPath(label, name);
        try {
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(entry.getMessage());
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            ProfileDirectory.delete(profile);
        }
    }
}
