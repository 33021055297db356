package org.vtp.app.ui.service;

import java.util.concurrent.CompletableFuture;

/**
 * Hosts a class from this machine (embedded server + SFU). The integrator's adapter runs
 * {@code ClassHost.start(options)}; futures complete on a background thread.
 */
public interface HostingService {
    /**
     * @param className   shown to students; blank = a default name chosen by the host
     * @param allowGuests whether students may join without an account
     */
    CompletableFuture<HostedClassInfo> host(String className, boolean allowGuests);

    /** Stops the hosted class, if any. Idempotent. */
    void stop();
}
