package org.vtp.server.e2e.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One headless Firefox ESR page driven by WebDriver BiDi ({@link BidiConnection}): a session with
 * one top-level browsing context, scripts through {@code script.callFunction}, console errors from
 * {@code log.entryAdded}. Script results travel as JSON text, so they read like Selenium's.
 */
final class FirefoxPage implements BrowserPage {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);

    /** Wraps a function body: awaits its value and returns it as JSON (undefined becomes null). */
    private static final String WRAPPER = """
            async function(...args) {
              const value = await (function() {
            %s
              }).apply(null, args);
              return JSON.stringify(value === undefined ? null : value);
            }""";

    private final String label;
    private final FirefoxProcess process;
    private final BidiConnection bidi;
    private final String context;
    private final List<String> consoleErrors = new ArrayList<>();

    private FirefoxPage(String label, FirefoxProcess process, BidiConnection bidi, String context) {
        this.label = label;
        this.process = process;
        this.bidi = bidi;
        this.context = context;
        bidi.onEvent("log.entryAdded", this::onLogEntry);
    }

    static FirefoxPage launch(String label, Engine.LaunchOptions launch) {
        FirefoxProcess process = FirefoxProcess.start(label);
        BidiConnection bidi = null;
        try {
            bidi = BidiConnection.connect(process.sessionEndpoint());
            bidi.send("session.new", Map.of("capabilities", Map.of("alwaysMatch",
                    Map.of("acceptInsecureCerts", launch.acceptInsecureCerts()))), COMMAND_TIMEOUT);
            JsonNode tree = bidi.send("browsingContext.getTree", Map.of("maxDepth", 0), COMMAND_TIMEOUT);
            String context = tree.path("contexts").path(0).path("context").asText();
            FirefoxPage page = new FirefoxPage(label, process, bidi, context);
            bidi.send("session.subscribe", Map.of("events", List.of("log.entryAdded")), COMMAND_TIMEOUT);
            return page;
        } catch (RuntimeException e) {
            if (bidi != null) {
                bidi.close();
            }
            process.close();
            throw e;
        }
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Engine engine() {
        return Engine.FIREFOX;
    }

    @Override
    public BrowserPage open(String url) {
        bidi.send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"), COMMAND_TIMEOUT);
        return this;
    }

    @Override
    public void beforeEveryDocument(String script) {
        bidi.send("script.addPreloadScript", Map.of("functionDeclaration", "() => {\n" + script + "\n}",
                "contexts", List.of(context)), COMMAND_TIMEOUT);
    }

    @Override
    public Object js(String script, Object... args) {
        List<Map<String, Object>> arguments = new ArrayList<>();
        for (Object arg : args) {
            arguments.add(localValue(arg));
        }
        JsonNode result = bidi.send("script.callFunction", Map.of(
                "functionDeclaration", WRAPPER.formatted(script),
                "arguments", arguments,
                "target", Map.of("context", context),
                "awaitPromise", true,
                "resultOwnership", "none"), COMMAND_TIMEOUT);
        if ("exception".equals(result.path("type").asText())) {
            throw new IllegalStateException(label + ": script failed: "
                    + result.path("exceptionDetails").path("text").asText());
        }
        try {
            return BidiConnection.JSON.readValue(result.path("result").path("value").asText("null"), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(label + ": unreadable script result", e);
        }
    }

    /** A script argument as a BiDi LocalValue (strings, numbers, booleans and null are all tests pass). */
    private static Map<String, Object> localValue(Object arg) {
        if (arg == null) {
            return Map.of("type", "null");
        }
        if (arg instanceof String s) {
            return Map.of("type", "string", "value", s);
        }
        if (arg instanceof Number n) {
            return Map.of("type", "number", "value", n);
        }
        if (arg instanceof Boolean b) {
            return Map.of("type", "boolean", "value", b);
        }
        throw new IllegalArgumentException("unsupported script argument " + arg.getClass());
    }

    @Override
    public Path screenshot(String name) {
        JsonNode shot = bidi.send("browsingContext.captureScreenshot", Map.of("context", context), COMMAND_TIMEOUT);
        Path target = ProfileDirectory.screenshotPath(label, name);
        try {
            Files.write(target, Base64.getDecoder().decode(shot.path("data").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private void onLogEntry(JsonNode entry) {
        if ("error".equals(entry.path("level").asText())) {
            synchronized (consoleErrors) {
                consoleErrors.add(entry.path("text").asText());
            }
        }
    }

    @Override
    public List<String> consoleErrors() {
        synchronized (consoleErrors) {
            List<String> out = List.copyOf(consoleErrors);
            consoleErrors.clear();
            return out;
        }
    }

    @Override
    public void close() {
        try {
            bidi.close();
        } finally {
            process.close();
        }
    }
}
