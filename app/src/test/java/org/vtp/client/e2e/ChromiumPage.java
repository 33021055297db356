package org.vtp.client.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The server's browser client in one headless Chromium with a fresh profile (deleted on
 * {@link #close()}), read through the client's test hooks ({@code window.vtp},
 * {@code window.vtpInboundStats()}, {@code window.vtpEvents}; see vtp-ui.js). Driver and browser
 * paths are explicit, so Selenium Manager never runs and nothing is downloaded.
 */
final class ChromiumPage implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUTPUT_DIR = Path.of("target", "e2e");
    /** Fake camera and microphone without prompts, loopback ICE, no background network traffic. */
    private static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--use-fake-device-for-media-stream=fps=30", "--use-fake-ui-for-media-stream",
            "--allow-loopback-in-peer-connection", "--autoplay-policy=no-user-gesture-required");
    /** executeAsyncScript around a Promise-valued expression; a rejection comes back as text. */
    private static final String AWAIT_PROMISE = """
            const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => %s).then(
                value => done({ok: true, value: value}),
                error => done({ok: false, error: String(error && error.stack || error)}));
            """;

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

    /** Starts a browser; {@code label} names its chromedriver log and screenshots under target/e2e. */
    static ChromiumPage launch(String label) throws IOException {
        return launch(label, List.of());
    }

    /** Starts a browser with {@code extraFlags} after the usual ones (certificate pins, fake capture files). */
    static ChromiumPage launch(String label, List<String> extraFlags) throws IOException {
        Files.createDirectories(OUTPUT_DIR);
        Path profile = Files.createTempDirectory("vtp-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(OUTPUT_DIR.resolve(label + "-chromedriver.log").toFile())
                .build();
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(FLAGS);
            options.addArguments(extraFlags);
            options.addArguments("--user-data-dir=" + profile);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            return new ChromiumPage(label, profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw e;
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** Evaluates {@code expression} in the page. */
    Object evaluate(String expression) {
        return driver.executeScript("return " + expression + ";");
    }

    /** The peer id the server gave this page, or null before the join answer. */
    String peerId() {
        return (String) driver.executeScript("return window.vtp && window.vtp.peerId;");
    }

    /** This page's receive statistics, one row per consumed remote track. */
    List<Inbound> inboundStats() {
        Object result = driver.executeAsyncScript(AWAIT_PROMISE.formatted("window.vtpInboundStats()"));
        if (!(result instanceof Map<?, ?> map) || !Boolean.TRUE.equals(map.get("ok"))) {
            throw new IllegalStateException(label + ": vtpInboundStats() failed: " + result);
        }
        List<Inbound> rows = new ArrayList<>();
        if (map.get("value") instanceof List<?> list) {
            list.forEach(row -> rows.add(Inbound.of((Map<?, ?>) row)));
        }
        return rows;
    }

    /** The row of {@code peerId}'s {@code kind} track, or an all-zero row while there is none. */
    Inbound inbound(String peerId, String kind) {
        return inboundStats().stream().filter(r -> r.peerId().equals(peerId) && r.kind().equals(kind))
                .findFirst().orElse(new Inbound(peerId, kind, 0, 0, 0, 0, 0));
    }

    /** Milliseconds of a {@code window.vtpEvents} timestamp expression, or -1 if unset. */
    long eventTime(String path) {
        Object value = driver.executeScript(
                "const v = window.vtpEvents && window.vtpEvents." + path + "; return v == null ? -1 : v;");
        return ((Number) value).longValue();
    }

    /** Errors the page reported (uncaught errors, rejections, client 'error' events). */
    List<String> pageErrors() {
        Object errors = driver.executeScript("return window.vtpEvents ? window.vtpEvents.errors : ['no vtpEvents'];");
        return errors instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** Saves a PNG of the page as target/e2e/{label}-{name}.png; returns its path. */
    Path screenshot(String name) throws IOException {
        Path target = OUTPUT_DIR.resolve(label + "-" + name + ".png");
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(png);
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the browser profile " + root, e);
        }
    }

    /** One row of {@code window.vtpInboundStats()}: the page's inbound-rtp view of one remote track. */
    record Inbound(String peerId, String kind, long framesDecoded, long frameWidth, long packetsReceived,
                   long totalSamplesReceived, double audioLevel) {
        static Inbound of(Map<?, ?> row) {
            return new Inbound(String.valueOf(row.get("peerId")), String.valueOf(row.get("kind")),
                    number(row, "framesDecoded"), number(row, "frameWidth"), number(row, "packetsReceived"),
                    number(row, "totalSamplesReceived"),
                    row.get("audioLevel") instanceof Number n ? n.doubleValue() : 0);
        }

        private static long number(Map<?, ?> row, String key) {
            return row.get(key) instanceof Number n ? n.longValue() : 0;
        }
    }
}
