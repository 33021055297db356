package org.vtp.app.headless;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import org.vtp.client.host.ClassHost;
import org.vtp.client.host.HostOptions;
import org.vtp.client.host.HostedClass;
import org.vtp.client.ice.NetworkMode;
import org.vtp.client.link.JoinLink;

/**
 * {@code vtp-app --host}: hosts a class, prints its join link, optionally joins it with a
 * synthetic camera (the teacher), and ends the class cleanly when the lifetime ends. Output lines
 * start with a fixed label so scripts can read them ({@code Join link: <link>}).
 */
public final class HeadlessHost implements AutoCloseable {
    public static final String LINK_LABEL = "Join link: ";

    private final HostedClass hosted;
    private SyntheticParticipant teacher;
    private boolean closed;

    private HeadlessHost(HostedClass hosted) {
        this.hosted = hosted;
    }

    /**
     * Starts hosting and prints the link; with {@code withCamera}, joins as the class's owner (an
     * access token minted in-process by {@link HostedClass#ownerAdmissions()}) under {@code teacherName}.
     */
    public static HeadlessHost start(HostOptions options, boolean withCamera, String teacherName, NetworkMode network,
                                     PrintWriter out) throws Exception {
        HeadlessHost host = new HeadlessHost(ClassHost.start(options));
        try {
            host.printLinks(out);
            if (withCamera) {
                JoinLink link = host.hosted.joinLink();
                host.teacher = SyntheticParticipant.join(link, host.hosted.ownerAdmissions(), teacherName, network,
                        line -> {
                            out.println("[" + teacherName + "] " + line);
                            out.flush();
                        });
            }
            return host;
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    private void printLinks(PrintWriter out) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        out.println(LINK_LABEL + hosted.joinLink());
        hosted.joinLinks().stream().skip(1).forEach(other -> out.println("Also reachable at: " + other));
        out.println("Certificate SHA-256: " + hosted.fingerprintForDisplay());
        out.println("On this machine: " + hosted.localBrowserUri());
        out.println("Host started in " + hosted.startDuration().toMillis() + " ms (" + sinceJvmStart
                + " ms after the JVM started)");
        out.flush();
    }

    public HostedClass hosted() {
        return hosted;
    }

    /** Leaves with the teacher's camera, then ends the class for everyone. Idempotent. */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (teacher != null) {
                teacher.close();
            }
        } finally {
            hosted.stop();
        }
    }
}
