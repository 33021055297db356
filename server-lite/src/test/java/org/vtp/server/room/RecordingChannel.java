package org.vtp.server.room;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;
import org.vtp.sfu.api.TransportState;

/** A peer channel that remembers what it was sent. */
final class RecordingChannel implements PeerChannel {

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<TransportState> states = new CopyOnWriteArrayList<>();
    final List<EndReason> endings = new CopyOnWriteArrayList<>();
    /** What {@link #end} returns: completes when the test says the client hung up. */
    final CompletableFuture<Void> hungUp = new CompletableFuture<>();
    volatile boolean closed;

    static Principal principal(String name) {
        return new Principal("user-" + name, name, Role.STUDENT, Optional.empty());
    }

    @Override
    public void send(String event, Object payload) {
        events.add(event);
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public CompletionStage<Void> end(EndReason reason) {
        endings.add(reason);
        closed = true;
        return hungUp;
    }

    @Override
    public void onTransportState(TransportState state) {
        states.add(state);
    }
}
