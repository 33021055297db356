package org.vtp.app.ui.service;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Hosts a class from this machine (embedded server + SFU). The adapter runs
 * {@code ClassHost.start(options)} off the FX thread; futures complete on a background thread.
 */
public interface HostingService {
    /**
     * @param className   shown to students; blank = a default name chosen by the host
     * @param allowGuests whether students may join without an account
     */
    CompletableFuture<HostedClassInfo> host(String className, boolean allowGuests);

    /**
     * The host's own seat in the hosted class (joined as its owner, not as a guest), with fresh
     * credentials; empty when nothing is hosted or the service cannot mint them.
     */
    default Optional<JoinTarget> ownSeat() {
        return Optional.empty();
    }

    /** Stops the hosted class, if any. Idempotent. */
    void stop();
}
