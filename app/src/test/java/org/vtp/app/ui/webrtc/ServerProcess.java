package org.vtp.app.ui.webrtc;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.vtp.client.link.JoinLink;

/**
 * The real {@code vtp-server.jar} (built by server-lite's package phase) with
 * {@code --host-class <name>} in a child JVM on loopback, fixed ports and a data dir: a server
 * started separately from the app, as a school runs it. A test can crash it for real ({@link #kill()}: SIGKILL, no goodbye to anyone, the kernel
 * resets its connections) and start it again on the same ports: the same class name reopens the
 * same join code.
 */
final class ServerProcess implements AutoCloseable {
    private static final String LINK_MARK = "Join link: ";

    private final Process process;
    private final JoinLink link;

    private ServerProcess(Process process, JoinLink link) {
        this.process = process;
        this.link = link;
    }

    static final Path JAR = Path.of("..", "server-lite", "target", "vtp-server.jar");

    /** Plain HTTP. */
    static ServerProcess start(Path dataDir, int httpPort, int mediaPort, String className, Duration timeout)
            throws Exception {
        return start(dataDir, httpPort, mediaPort, className, false, timeout);
    }

    /** @param https serve HTTPS with its kept certificate; the link then carries the pin */
    static ServerProcess start(Path dataDir, int httpPort, int mediaPort, String className, boolean https,
                               Duration timeout) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build server-lite (package) first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--bind", "127.0.0.1", "--public-address", "127.0.0.1",
                "--port", String.valueOf(httpPort), "--media-port", String.valueOf(mediaPort),
                "--data-dir", dataDir.toString(), "--host-class", className));
        if (https) {
            command.addAll(List.of("--https", "--local-http-port", "0"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<JoinLink> link = new CompletableFuture<>();
        Thread reader = new Thread(() -> readUntilLink(process, link), "server-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(process, link.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** Reads the child's output to the end (so it never blocks on a full pipe), completing on the link. */
    private static void readUntilLink(Process process, CompletableFuture<JoinLink> link) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int at = line.indexOf(LINK_MARK);
                if (at >= 0) {
                    link.complete(JoinLink.parse(line.substring(at + LINK_MARK.length()).strip()));
                }
            }
            link.completeExceptionally(new IllegalStateException("the server exited without a join link"));
        } catch (IOException | RuntimeException e) {
            link.completeExceptionally(e);
        }
    }

    JoinLink link() {
        return link;
    }

    /** SIGKILL and wait for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server process did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
