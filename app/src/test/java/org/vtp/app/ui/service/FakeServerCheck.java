package org.vtp.app.ui.service;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.client.signalling.ServerReach;

/**
 * Records each check and answers {@link #next} when set, else "reachable as asked, with the
 * given pin" (a server whose certificate an authority vouches for, or the pinned one).
 */
public final class FakeServerCheck implements ServerCheck {
    /** One check: where, whether the scheme was typed, under which pin. */
    public record Check(URI origin, boolean schemeGiven, Optional<String> pin) {
    }

    public final List<Check> checks = new CopyOnWriteArrayList<>();
    public volatile CompletableFuture<ServerReach> next;

    @Override
    public CompletableFuture<ServerReach> reach(URI origin, boolean schemeGiven, Optional<String> pinSha256) {
        checks.add(new Check(origin, schemeGiven, pinSha256));
        CompletableFuture<ServerReach> answer = next;
        next = null;
        return answer != null ? answer : CompletableFuture.completedFuture(new ServerReach.Reachable(origin, pinSha256));
    }
}
