package org.vtp.server.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One headless Debian Firefox ESR with a fresh profile and its WebDriver BiDi server on a free
 * loopback port ({@code --remote-debugging-port 0}; Firefox prints the chosen address). The
 * profile's prefs give fake camera and microphone without prompts, real host addresses in ICE
 * candidates and no background network traffic.
 */
final class FirefoxProcess implements AutoCloseable {

    static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

    /** user.js of every profile; the remote agent adds its own recommended automation prefs. */
    private static final Map<String, Object> PREFS = Map.ofEntries(
            Map.entry("media.navigator.streams.fake", true),
            Map.entry("media.navigator.permission.disabled", true),
            Map.entry("media.autoplay.default", 0),
            Map.entry("media.autoplay.blocking_policy", 0),
            // Host candidates as real addresses: mDNS names would need a resolver inside the test's namespace.
            Map.entry("media.peerconnection.ice.obfuscate_host_addresses", false),
            Map.entry("browser.shell.checkDefaultBrowser", false),
            Map.entry("datareporting.policy.dataSubmissionEnabled", false),
            Map.entry("toolkit.telemetry.reportingpolicy.firstRun", false),
            Map.entry("network.captive-portal-service.enabled", false),
            Map.entry("network.connectivity-service.enabled", false),
            Map.entry("browser.safebrowsing.malware.enabled", false),
            Map.entry("browser.safebrowsing.phishing.enabled", false),
            Map.entry("browser.safebrowsing.downloads.enabled", false),
            Map.entry("media.gmp-manager.updateEnabled", false),
            Map.entry("services.settings.server", "data:,#remote-settings-off"),
            Map.entry("app.update.disabledForTesting", true));

    private final Process process;
    private final Path profile;
    private final URI bidiEndpoint;

    private FirefoxProcess(Process process, Path profile, URI bidiEndpoint) {
        this.process = process;
        this.profile = profile;
        this.bidiEndpoint = bidiEndpoint;
    }

    /** Starts Firefox; its output goes to target/e2e/{label}-firefox.log. */
    static FirefoxProcess start(String label) {
        Path profile = ProfileDirectory.create("vtp-firefox-");
        Path log = ProfileDirectory.OUTPUT_DIR.resolve(label + "-firefox.log");
        Process process = null;
        try {
            Files.writeString(profile.resolve("user.js"), userJs());
            ProcessBuilder builder = new ProcessBuilder(List.of(FIREFOX.toString(), "--headless", "--no-remote",
                    "--profile", profile.toString(), "--remote-debugging-port", "0",
                    "--width", "1280", "--height", "800", "about:blank"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("MOZ_HEADLESS", "1");
            process = builder.start();
            return new FirefoxProcess(process, profile, awaitEndpoint(process, log));
        } catch (IOException e) {
            stop(process);
            ProfileDirectory.delete(profile);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop(process);
            ProfileDirectory.delete(profile);
            throw e;
        }
    }

    /** The BiDi session endpoint, {@code ws://127.0.0.1:PORT/session}. */
    URI sessionEndpoint() {
        return URI.create(bidiEndpoint + "/session");
    }

    private static URI awaitEndpoint(Process process, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Firefox exited with " + process.exitValue() + ", see " + log);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Firefox started", e);
            }
        }
        throw new IllegalStateException("Firefox opened no BiDi port within " + START_TIMEOUT.toSeconds() + " s, see " + log);
    }

    private static String userJs() {
        return PREFS.entrySet().stream()
                .map(p -> "user_pref(\"" + p.getKey() + "\", " + literal(p.getValue()) + ");")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String literal(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    @Override
    public void close() {
        try {
            stop(process);
        } finally {
            ProfileDirectory.delete(profile);
        }
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
