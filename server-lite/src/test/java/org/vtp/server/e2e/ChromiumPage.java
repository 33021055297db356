package org.vtp.server.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The VTP browser client in one headless Chromium: navigation, the client's test hooks
 * ({@code window.vtp}, {@code window.vtpInboundStats()}, {@code window.vtpEvents}, see
 * vtp-ui.js), bounded waits that leave a screenshot and the console log behind when they fail.
 */
final class ChromiumPage implements AutoCloseable {

    /** Wraps a Promise-valued expression for executeAsyncScript; rejections come back as text. */
    private static final String AWAIT_PROMISE = """
            const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => %s).then(
                value => done({ok: true, value: value}),
                error => done({ok: false, error: String(error && error.stack || error)}));
            """;

    private final HeadlessChromium browser;

    private ChromiumPage(HeadlessChromium browser) {
        this.browser = browser;
    }

    static ChromiumPage launch(String label) {
        return new ChromiumPage(HeadlessChromium.launch(label));
    }

    String label() {
        return browser.label();
    }

    ChromiumPage open(String url) {
        browser.driver().get(url);
        return this;
    }

    /** Runs {@code script} in every document opened from now on, before the document's own scripts. */
    void beforeEveryDocument(String script) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** The codec (MIME type) of every video stream this page decodes, from its connection's own stats. */
    List<String> receivedVideoCodecs() {
        Object codecs = awaitPromise("window.vtp.pc.getStats().then(r => { const c = [];"
                + " r.forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'video' && s.codecId && s.framesDecoded > 0)"
                + " c.push(r.get(s.codecId).mimeType); }); return c; })");
        return codecs instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    Object js(String script, Object... args) {
        return browser.driver().executeScript(script, args);
    }

    /** Evaluates a JavaScript expression that yields a Promise and returns its value. */
    Object awaitPromise(String expression) {
        Object result = browser.driver().executeAsyncScript(AWAIT_PROMISE.formatted(expression));
        if (!(result instanceof Map<?, ?> map) || !Boolean.TRUE.equals(map.get("ok"))) {
            throw new IllegalStateException(label() + ": " + expression + " failed: "
                    + (result instanceof Map<?, ?> m ? m.get("error") : result));
        }
        return map.get("value");
    }

    /** This page's receive statistics, one row per remote track. */
    List<InboundStats> inboundStats() {
        List<InboundStats> rows = new ArrayList<>();
        if (awaitPromise("window.vtpInboundStats()") instanceof List<?> list) {
            for (Object row : list) {
                rows.add(InboundStats.fromScript((Map<?, ?>) row));
            }
        }
        return rows;
    }

    /** The peer id the server gave this page, or null before the join answer. */
    String peerId() {
        return (String) js("return window.vtp && window.vtp.peerId;");
    }

    /** idle | connecting | connected | reconnecting | failed | closed, as the page shows it. */
    String connectionState() {
        return browser.driver().findElement(By.id("conn-state")).getAttribute("data-state");
    }

    /** Peer ids of the remote tiles in the grid (the own tile excluded). */
    List<String> remoteTilePeerIds() {
        List<String> ids = new ArrayList<>();
        for (WebElement tile : browser.driver().findElements(By.cssSelector("#grid .tile"))) {
            if (!"true".equals(tile.getAttribute("data-local"))) {
                ids.add(tile.getAttribute("data-peer-id"));
            }
        }
        return ids;
    }

    WebElement element(By by) {
        return browser.driver().findElement(by);
    }

    List<WebElement> elements(By by) {
        return browser.driver().findElements(by);
    }

    /** The text content of the element with this id (also when hidden). */
    String text(String id) {
        return String.valueOf(js("const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id));
    }

    /** Milliseconds value of a {@code window.vtpEvents} timestamp expression, or -1 if unset. */
    long eventTime(String path) {
        Object value = js("const v = window.vtpEvents && window.vtpEvents." + path + "; return v == null ? -1 : v;");
        return ((Number) value).longValue();
    }

    /** Errors the page reported: uncaught errors, rejections and client 'error' events. */
    List<String> pageErrors() {
        Object errors = js("return window.vtpEvents ? window.vtpEvents.errors : ['no window.vtpEvents'];");
        List<String> out = new ArrayList<>();
        if (errors instanceof List<?> list) {
            list.forEach(e -> out.add(String.valueOf(e)));
        }
        return out;
    }

    /** SEVERE console entries (JS errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(entry.getMessage());
            }
        }
        return out;
    }

    /** Polls {@code condition}; on timeout saves a screenshot under target/e2e and fails. */
    void awaitUntil(Duration timeout, String description, BooleanSupplier condition) {
        try {
            Await.until(timeout, label() + ": " + description, condition);
        } catch (AssertionError e) {
            Path shot = screenshot("timeout");
            throw new AssertionError(e.getMessage() + " (screenshot " + shot + ")", e.getCause());
        }
    }

    /** Saves a PNG of the page as target/e2e/{label}-{name}.png and returns its path. */
    Path screenshot(String name) {
        Path target = HeadlessChromium.OUTPUT_DIR.resolve(label() + "-" + name + ".png");
        try {
            Path png = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        browser.close();
    }
}
