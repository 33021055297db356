package org.vtp.app.ui.embedded;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.vtp.app.ui.service.HostedClassInfo;
import org.vtp.app.ui.service.HostingService;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.client.host.ClassHost;
import org.vtp.client.host.HostOptions;
import org.vtp.client.host.HostedClass;

/**
 * Hosts one class at a time with {@link ClassHost}, on the given background executor (starting
 * takes about a second; never the FX thread). Hosting again first ends the previous class.
 * {@link #stop()} ends the class for everyone; the app calls it when it closes.
 */
public final class EmbeddedHostingService implements HostingService, AutoCloseable {
    private final Function<String, HostOptions> options;
    private final Executor background;
    private HostedClass hosted;

    /**
     * @param options    the options for a class name ({@code HostOptions::lan} bound to a data
     *                   directory; loopback in tests)
     * @param background where {@link ClassHost#start} and stopping run
     */
    public EmbeddedHostingService(Function<String, HostOptions> options, Executor background) {
        this.options = options;
        this.background = background;
    }

    @Override
    public CompletableFuture<HostedClassInfo> host(String className, boolean allowGuests) {
        String name = className == null || className.isBlank() ? HostOptions.DEFAULT_CLASS_NAME : className.strip();
        return CompletableFuture.supplyAsync(() -> {
            stopHosted();
            try {
                HostedClass started = ClassHost.start(options.apply(name));
                started.admitGuests(allowGuests);
                synchronized (this) {
                    hosted = started;
                }
                return new HostedClassInfo(started.className(), started.joinLink().format(),
                        started.fingerprintForDisplay());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, background);
    }

    @Override
    public synchronized Optional<JoinTarget> ownSeat() {
        if (hosted == null || hosted.isStopped()) {
            return Optional.empty();
        }
        return Optional.of(JoinTarget.owner(hosted.joinLink(), hosted.ownerAdmissions()));
    }

    /** The running class (tests and measurements), if any. */
    public synchronized Optional<HostedClass> hosted() {
        return Optional.ofNullable(hosted);
    }

    /** Ends the class for everyone, in the background. */
    @Override
    public void stop() {
        try {
            background.execute(this::stopHosted);
        } catch (RejectedExecutionException e) {
            stopHosted();
        }
    }

    /** Ends the class for everyone and waits for it (the app is closing). */
    @Override
    public void close() {
        stopHosted();
    }

    private void stopHosted() {
        HostedClass previous;
        synchronized (this) {
            previous = hosted;
            hosted = null;
        }
        if (previous != null) {
            previous.stop();
        }
    }
}
