package org.vtp.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.vtp.server.room.Peer;
import org.vtp.server.room.Room;
import org.vtp.server.room.Track;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.StreamStats;

/** {@code GET /api/v1/rooms/<roomId>}'s body (protocol.md). Build it on the room's executor. */
final class RoomView {

    private RoomView() {
    }

    static ObjectNode of(Room room) {
        ObjectNode view = JsonNodeFactory.instance.objectNode().put("roomId", room.id());
        ArrayNode participants = view.putArray("participants");
        for (Peer peer : room.peers()) {
            ObjectNode node = participants.addObject().put("peerId", peer.id())
                    .put("displayName", peer.displayName())
                    .put("transportState", peer.transport().state().name().toLowerCase(Locale.ROOT));
            ArrayNode producers = node.putArray("producers");
            for (Track track : peer.tracks()) {
                ObjectNode p = producers.addObject().put("producerId", track.id())
                        .put("kind", track.producer().kind().sdpName()).put("paused", track.isPaused());
                counters(p, track.producer().stats());
            }
            ArrayNode consumers = node.putArray("consumers");
            for (Consumer consumer : peer.consumers()) {
                ObjectNode c = consumers.addObject().put("consumerId", consumer.id())
                        .put("producerId", consumer.producerId()).put("kind", consumer.kind().sdpName());
                counters(c, consumer.stats());
            }
        }
        return view;
    }

    private static void counters(ObjectNode node, StreamStats stats) {
        node.put("packets", stats.packets()).put("bytes", stats.bytes());
    }
}
