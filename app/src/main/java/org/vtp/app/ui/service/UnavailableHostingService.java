package org.vtp.app.ui.service;

import java.util.concurrent.CompletableFuture;

/** Stands in until hosting is wired: every attempt fails with a clear message. */
public final class UnavailableHostingService implements HostingService {
    @Override
    public CompletableFuture<HostedClassInfo> host(String className, boolean allowGuests) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("Hosting is not available in this build"));
    }

    @Override
    public void stop() {
        // nothing is ever hosted
    }
}
