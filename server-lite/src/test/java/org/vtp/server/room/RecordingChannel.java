package org.vtp.server.room;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.sfu.api.TransportState;

/** A peer channel that remembers what it was sent. */
final class RecordingChannel implements PeerChannel {

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<TransportState> states = new CopyOnWriteArrayList<>();

    @Override
    public void send(String event, Object payload) {
        events.add(event);
    }

    @Override
    public void onTransportState(TransportState state) {
        states.add(state);
    }
}
