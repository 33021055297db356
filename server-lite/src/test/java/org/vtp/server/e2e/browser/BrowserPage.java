package org.vtp.server.e2e.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The VTP browser client in one headless browser, whichever engine: navigation, scripts, the
 * client's test hooks ({@code window.vtp}, {@code window.vtpInboundStats()},
 * {@code window.vtpEvents}, see vtp-ui.js), DOM reads and input through CSS selectors, and
 * bounded waits that leave a screenshot behind when they fail.
 *
 * <p>Script results come back as JSON values: {@code Long} for integral numbers, {@code Double}
 * otherwise, {@code String}, {@code Boolean}, {@code List}, {@code Map}, or null.
 */
public interface BrowserPage extends AutoCloseable {

    String label();

    Engine engine();

    /** Navigates and waits for the page's load event. */
    BrowserPage open(String url);

    /** Runs {@code script} as a function body ({@code return ...}; {@code arguments[i]}); awaits a returned Promise. */
    Object js(String script, Object... args);

    /** Runs {@code script} in every document opened from now on, before the document's own scripts. */
    void beforeEveryDocument(String script);

    /** Saves a PNG of the page as target/e2e/{label}-{name}.png and returns its path. */
    Path screenshot(String name);

    /** Console errors (JS errors, failed loads) the browser logged since the last call. */
    List<String> consoleErrors();

    @Override
    void close();

    /** Evaluates a JavaScript expression that yields a Promise and returns its value. */
    default Object awaitPromise(String expression) {
        return js("return (" + expression + ");");
    }

    /** This page's receive statistics, one row per remote track. */
    default List<InboundStats> inboundStats() {
        List<InboundStats> rows = new ArrayList<>();
        if (awaitPromise("window.vtpInboundStats()") instanceof List<?> list) {
            for (Object row : list) {
                rows.add(InboundStats.fromScript((Map<?, ?>) row));
            }
        }
        return rows;
    }

    /** The row of {@code peerId}'s {@code kind} track, or an all-zero row while there is none. */
    default InboundStats inbound(String peerId, String kind) {
        return inboundStats().stream().filter(r -> r.peerId().equals(peerId) && r.kind().equals(kind))
                .findFirst().orElse(new InboundStats(peerId, kind, 0, 0, 0, 0, 0, 0));
    }

    /** The codec (MIME type) of every video stream this page decodes, from its connection's own stats. */
    @SuppressWarnings("unchecked")
    default List<String> receivedVideoCodecs() {
        return (List<String>) awaitPromise("window.vtp.pc.getStats().then(r => { const c = [];"
                + " r.forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'video' && s.codecId && s.framesDecoded > 0)"
                + " c.push(r.get(s.codecId).mimeType); }); return c; })");
    }

    /** The peer id the server gave this page, or null before the join answer. */
    default String peerId() {
        return (String) js("return window.vtp && window.vtp.peerId;");
    }

    /** idle | connecting | connected | reconnecting | failed | closed | ended, as the page shows it. */
    default String connectionState() {
        return (String) js("const e = document.getElementById('conn-state'); return e ? e.dataset.state : null;");
    }

    /** Peer ids of the remote tiles in the grid (the own tile excluded). */
    @SuppressWarnings("unchecked")
    default List<String> remoteTilePeerIds() {
        return (List<String>) js("return [...document.querySelectorAll('#grid .tile')]"
                + ".filter(t => t.dataset.local !== 'true').map(t => t.dataset.peerId);");
    }

    /** The text content of the element with this id (also when hidden), or "null" if there is none. */
    default String text(String id) {
        return String.valueOf(js("const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id));
    }

    /** The rendered text ({@code innerText}) of the first element matching {@code css}, or null. */
    default String visibleText(String css) {
        return (String) js("const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
    }

    /** An attribute of the first element matching {@code css}, or null. */
    default String attribute(String css, String name) {
        return (String) js("const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                css, name);
    }

    /** How many elements match {@code css}. */
    default long count(String css) {
        return ((Number) js("return document.querySelectorAll(arguments[0]).length;", css)).longValue();
    }

    /** Whether the first element matching {@code css} exists and takes up space on the page. */
    default boolean isDisplayed(String css) {
        return Boolean.TRUE.equals(js("const e = document.querySelector(arguments[0]);"
                + " if (!e) return false; const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';", css));
    }

    /** Clicks the first element matching {@code css}, as a user would (it must be displayed). */
    default void click(String css) {
        if (!isDisplayed(css)) {
            throw new IllegalStateException(label() + ": cannot click " + css + ": not displayed");
        }
        js("document.querySelector(arguments[0]).click();", css);
    }

    /** Types {@code text} into the input matching {@code css}, firing the input events a keyboard would. */
    default void type(String css, String text) {
        js("const e = document.querySelector(arguments[0]); e.focus();"
                + " e.value = (e.value || '') + arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", css, text);
    }

    /** Milliseconds value of a {@code window.vtpEvents} timestamp expression, or -1 if unset. */
    default long eventTime(String path) {
        Object value = js("const v = window.vtpEvents && window.vtpEvents." + path + "; return v == null ? -1 : v;");
        return ((Number) value).longValue();
    }

    /** Errors the page reported: uncaught errors, rejections and client 'error' events. */
    default List<String> pageErrors() {
        Object errors = js("return window.vtpEvents ? window.vtpEvents.errors : ['no window.vtpEvents'];");
        List<String> out = new ArrayList<>();
        if (errors instanceof List<?> list) {
            list.forEach(e -> out.add(String.valueOf(e)));
        }
        return out;
    }

    /** Polls {@code condition}; on timeout saves a screenshot under target/e2e and fails. */
    default void awaitUntil(Duration timeout, String description, BooleanSupplier condition) {
        try {
            Await.until(timeout, label() + ": " + description, condition);
        } catch (AssertionError e) {
            Path shot = screenshot("timeout");
            throw new AssertionError(e.getMessage() + " (screenshot " + shot + ")", e.getCause());
        }
    }
}
