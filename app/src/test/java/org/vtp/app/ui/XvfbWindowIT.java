package org.vtp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desktop app as a person sees it: {@link XvfbCallWindow} runs in a child JVM on its own Xvfb
 * server with the GTK glass platform (a real X window, not Monocle), hosts a real class with three
 * student processes, and checks its own screen capture. Leaves
 * {@code target/screenshots/xvfb-call-window.png} as the artifact to look at and prints the
 * {@code [xvfb]} measurements (start time, host click to link, memory with 4 participants).
 */
class XvfbWindowIT {
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");
    private static final long CHILD_TIMEOUT_SECONDS = 180;
    private Process xvfb;

    @AfterEach
    void stopXvfb() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }

    @Test
    void theRealCallWindowShowsEveryStudentsDecodedVideoOnAnXServer() throws Exception {
        assertThat(XVFB).as("Xvfb is missing: run bin/install-test-deps").isExecutable();
        assertThat(Path.of("target", "vtp-app.jar")).as("run the package phase first").isRegularFile();
        String display = startXvfb();
        Path log = Path.of("target", "xvfb-window.log");
        ProcessBuilder window = new ProcessBuilder(childCommand()).redirectErrorStream(true).redirectOutput(log.toFile());
        window.environment().put("DISPLAY", display);
        Process child = window.start();
        boolean ended = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        List<String> report = Files.readAllLines(log).stream().filter(l -> l.startsWith("[xvfb]")).toList();
        report.forEach(System.out::println);
        assertThat(ended).as("the window run ended within %d s (log: %s)", CHILD_TIMEOUT_SECONDS, log).isTrue();
        assertThat(child.exitValue()).as("window run failed, see %s: %s", log, report).isZero();
        assertThat(report).anyMatch(l -> l.contains("glass platform GtkApplication"))
                .anyMatch(l -> l.contains("every student tile shows the pattern"));
        assertThat(Path.of("target", "screenshots", "xvfb-call-window.png")).isRegularFile();
    }

    /** Starts Xvfb on a free display; it writes the number it chose to standard output. */
    private String startXvfb() throws IOException {
        xvfb = new ProcessBuilder(XVFB.toString(), "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // Not closed: Xvfb keeps its end open and must not see a broken pipe.
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            throw new IllegalStateException("Xvfb did not report a display: " + number);
        }
        return ":" + number.strip();
    }

    /** This JVM's test class path without Monocle, so the child uses GTK glass on the X server. */
    private static List<String> childCommand() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String withoutMonocle = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("monocle")).collect(Collectors.joining(File.pathSeparator));
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=gtk", "-Dprism.order=sw", "-cp", withoutMonocle, XvfbCallWindow.Launcher.class.getName());
    }
}
