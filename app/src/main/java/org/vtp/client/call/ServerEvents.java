package org.vtp.client.call;

import java.util.function.Consumer;
import org.json.JSONObject;
import org.vtp.client.signalling.SignallingClient;

/**
 * Routes protocol.md's server events to a {@link CallSession}, each hopped onto the session's
 * serial executor (socket.io's event thread must not run session code).
 */
final class ServerEvents {
    private final CallSession session;

    ServerEvents(CallSession session) {
        this.session = session;
    }

    void register(SignallingClient signalling) {
        on(signalling, "peerJoined", e -> session.listener()
                .onPeerJoined(e.optString("peerId"), e.optString("displayName")));
        on(signalling, "peerLeft", e -> session.listener().onPeerLeft(e.optString("peerId")));
        on(signalling, "newProducer", this::newProducer);
        on(signalling, "producerClosed", e -> session.producerClosed(e.optString("producerId")));
        on(signalling, "producerPaused", e -> session.producerPaused(e.optString("producerId", ""),
                e.optString("peerId", ""), e.optBoolean("paused")));
        on(signalling, "transportState", e -> session.listener().onTransportState(e.optString("state")));
        on(signalling, "roomClosed", e -> session.listener().onRoomClosed(e.optString("reason", "ended")));
        on(signalling, "removed", e -> session.listener().onRemoved(e.optString("reason", "")));
        // Queued behind the events above on the same serial executor: a roomClosed or removed that
        // came before the drop is always reported first.
        signalling.onDisconnect(reason -> session.serial().execute(() -> session.signallingClosed(reason)));
    }

    private void newProducer(JSONObject event) {
        String producerId = event.optString("producerId", "");
        boolean own = event.optString("peerId", "").equals(session.peerId());
        if (!producerId.isEmpty() && !own) {
            session.producerAnnounced(producerId, event.optString("kind", ""));
        }
        if (!producerId.isEmpty() && !own && session.autoConsumes()) {
            session.autoConsume(producerId);
        }
    }

    private void on(SignallingClient signalling, String event, Consumer<JSONObject> handler) {
        signalling.on(event, payload -> session.serial().execute(() -> handler.accept(payload)));
    }
}
