package org.vtp.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/vtp-app.jar <args>} as a child process: its output lines (stdout and
 * stderr merged) are collected with the time each arrived; closing its standard input ends a
 * headless run. {@link #close()} kills what is still running.
 */
final class AppProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "vtp-app.jar");

    record Line(long atNanos, String text) {
    }

    private final Process process;
    private final long startedNanos;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private AppProcess(Process process, long startedNanos, String label) {
        this.process = process;
        this.startedNanos = startedNanos;
        Thread reader = new Thread(this::readLines, "app-output-" + label);
        reader.setDaemon(true);
        reader.start();
    }

    static AppProcess start(String label, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new AppProcess(process, started, label);
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(new Line(System.nanoTime(), line));
            }
        } catch (IOException e) {
            lines.add(new Line(System.nanoTime(), "<output failed: " + e + ">"));
        }
    }

    /** The first output line starting with {@code prefix}, if printed yet. */
    Optional<Line> line(String prefix) {
        return lines.stream().filter(l -> l.text().startsWith(prefix)).findFirst();
    }

    boolean printed(String fragment) {
        return lines.stream().anyMatch(l -> l.text().contains(fragment));
    }

    /** Milliseconds from process start to {@code line}. */
    long millisTo(Line line) {
        return TimeUnit.NANOSECONDS.toMillis(line.atNanos() - startedNanos);
    }

    /** Closes standard input: a headless run ends cleanly. */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    String output() {
        StringBuilder all = new StringBuilder();
        lines.forEach(l -> all.append(l.text()).append('\n'));
        return all.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
