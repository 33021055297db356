package org.vtp.app.ui.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Answers {@link #host} with {@link #next} (completed with a fixed class unless replaced); records calls. */
public final class FakeHostingService implements HostingService {
    public static final HostedClassInfo CLASS = new HostedClassInfo("Physics 7B",
            "https://192.168.1.20:8443/join/physics-7b", "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    public final List<String> hosted = new ArrayList<>();
    public final List<Boolean> guests = new ArrayList<>();
    public CompletableFuture<HostedClassInfo> next = CompletableFuture.completedFuture(CLASS);
    public int stops;

    @Override
    public CompletableFuture<HostedClassInfo> host(String className, boolean allowGuests) {
        hosted.add(className);
        guests.add(allowGuests);
        return next;
    }

    @Override
    public void stop() {
        stops++;
    }
}
