package org.vtp.app.headless;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long a headless run lasts: until {@link #end} is called (signal, the class ending) or,
 * when watched, until standard input reaches end of file, so a script or test that started the
 * process ends it by closing the pipe. The first reason wins.
 */
public final class Lifetime {
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicReference<String> reason = new AtomicReference<>();

    public void end(String why) {
        if (reason.compareAndSet(null, why)) {
            ended.countDown();
        }
    }

    /** Ends this lifetime when {@code in} reaches end of file (read on a daemon thread). */
    public void endOnEof(InputStream in) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored: only its end matters.
                }
            } catch (IOException e) {
                // A broken pipe ends the run just like end of file.
            }
            end("standard input closed");
        }, "vtp-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    /** Blocks until the end; returns its reason. */
    public String await() throws InterruptedException {
        ended.await();
        return reason.get();
    }
}
