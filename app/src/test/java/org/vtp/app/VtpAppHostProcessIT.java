package org.vtp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.app.headless.HeadlessHost;
import org.vtp.client.e2e.Await;
import org.vtp.client.link.JoinLink;

/**
 * The runnable jar end to end: {@code --host} prints a pinned join link, {@code --join} with that
 * link receives the host's synthetic camera, closing the host's standard input ends the class for
 * both, and both exit 0.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class VtpAppHostProcessIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private AppProcess host;
    private AppProcess student;

    @Test
    void aHeadlessHostPrintsItsLinkAndAHeadlessStudentJoinsItUntilTheClassEnds() throws Exception {
        host = AppProcess.start("host", "--host", "--loopback", "--name", "jar-class", "--data-dir", dataDir.toString());
        Await.until(WAIT, "the host prints its join link\n" + host.output(),
                () -> host.line(HeadlessHost.LINK_LABEL).isPresent());
        AppProcess.Line linkLine = host.line(HeadlessHost.LINK_LABEL).orElseThrow();
        JoinLink link = JoinLink.parse(linkLine.text().substring(HeadlessHost.LINK_LABEL.length()));
        assertThat(link.room()).matches("[A-Za-z0-9_-]+");
        assertThat(link.fingerprintSha256()).isPresent();
        long linkPrintedMillis = host.millisTo(linkLine);

        student = AppProcess.start("student", "--join", link.format(), "--name", "Bob", "--loopback");
        Await.until(WAIT, "the student joins\n" + student.output(), () -> student.printed("joined " + link.room()));
        Await.until(WAIT, "the student receives the host's video\n" + student.output(),
                () -> student.printed("receiving video from"));
        Await.until(WAIT, "the student sends its camera\n" + student.output(),
                () -> student.printed("sending synthetic video"));
        Await.until(WAIT, "the host sees the student\n" + host.output(), () -> host.printed("peer joined: Bob"));
        assertThat(host.output()).contains("[Host] joined " + link.room());

        host.closeInput();
        Await.until(WAIT, "the host ends the class and exits\n" + host.output(), () -> host.exitCode().isPresent());
        assertThat(host.exitCode()).as(host.output()).contains(0);
        assertThat(host.output()).contains("Class ended (standard input closed)");
        Await.until(WAIT, "the student leaves when the class ends and exits\n" + student.output(),
                () -> student.exitCode().isPresent());
        assertThat(student.exitCode()).as(student.output()).contains(0);
        assertThat(student.output()).contains("left (the class ended");
        System.out.printf("[app] --host: process start -> join link printed %d ms%n", linkPrintedMillis);
    }

    @Test
    void anInvalidJoinLinkIsRefusedWithExitCode2() throws Exception {
        student = AppProcess.start("bad-link", "--join", "https://h/join/a b", "--name", "Bob");
        Await.until(WAIT, "the app exits", () -> student.exitCode().isPresent());

        assertThat(student.exitCode()).contains(2);
        assertThat(student.output()).contains("Invalid join link");
    }

    @AfterEach
    void kill() throws Exception {
        if (student != null) {
            student.close();
        }
        if (host != null) {
            host.close();
        }
    }
}
