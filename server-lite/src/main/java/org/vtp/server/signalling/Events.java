package org.vtp.server.signalling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.vtp.server.auth.Role;
import org.vtp.server.room.EndReason;
import org.vtp.server.room.Peer;
import org.vtp.server.room.Room;
import org.vtp.server.room.Track;

/** Server → client event names and payloads (protocol.md, "Server → client events"). */
final class Events {

    static final String PEER_JOINED = "peerJoined";
    static final String PEER_LEFT = "peerLeft";
    static final String NEW_PRODUCER = "newProducer";
    static final String PRODUCER_CLOSED = "producerClosed";
    static final String PRODUCER_PAUSED = "producerPaused";
    static final String TRANSPORT_STATE = "transportState";
    static final String ROOM_LOCKED = "roomLocked";
    static final String REMOVED = "removed";
    static final String ROOM_CLOSED = "roomClosed";

    private Events() {
    }

    /** Sends to everyone in the room but the given peer. Call on the room's executor. */
    static void tellOthers(Room room, String peerId, String event, ObjectNode payload) {
        for (Peer other : room.others(peerId)) {
            other.channel().send(event, payload);
        }
    }

    static ObjectNode peerJoined(Peer peer) {
        return Reply.fields().put("peerId", peer.id()).put("displayName", peer.displayName())
                .put("role", role(peer.role()));
    }

    static ObjectNode peerLeft(Peer peer) {
        return Reply.fields().put("peerId", peer.id());
    }

    static ObjectNode newProducer(Peer peer, Track track) {
        return Reply.fields().put("producerId", track.id()).put("peerId", peer.id())
                .put("kind", track.producer().kind().sdpName());
    }

    static ObjectNode producerClosed(Peer peer, Track track) {
        return Reply.fields().put("producerId", track.id()).put("peerId", peer.id());
    }

    static ObjectNode producerPaused(Peer peer, Track track) {
        return producerClosed(peer, track).put("paused", track.isPaused());
    }

    /** {@code {reason: "ended" | "deleted"}}: the class is over for good, do not reconnect. */
    static ObjectNode roomClosed(EndReason reason) {
        return Reply.fields().put("reason", reason.name().toLowerCase(Locale.ROOT));
    }

    /** Roles on the wire: lower case ({@code admin}, {@code teacher}, {@code student}, {@code guest}). */
    static String role(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** {@code Peer} of protocol.md: only announced tracks are listed. */
    static ObjectNode peer(Peer peer) {
        ObjectNode node = peerJoined(peer);
        ArrayNode producers = node.putArray("producers");
        for (Track track : peer.announcedTracks()) {
            producers.addObject().put("producerId", track.id()).put("kind", track.producer().kind().sdpName())
                    .put("paused", track.isPaused());
        }
        return node;
    }
}
