package org.vtp.client.call;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.vtp.client.signalling.Json;
import org.vtp.client.signalling.SignallingException;

/** Parses the room-level answers of protocol.md into records; malformed input is MALFORMED_ACK. */
final class RoomMessages {
    private RoomMessages() {
    }

    static JoinedRoom joined(JSONObject ack) {
        return new JoinedRoom(Json.string(ack, "peerId"), Json.string(ack, "roomId"),
                ack.opt("roomName") instanceof String name ? name : "", peers(ack.optJSONArray("peers")));
    }

    static List<PeerInfo> peers(JSONArray array) {
        List<PeerInfo> peers = new ArrayList<>();
        for (int i = 0; array != null && i < array.length(); i++) {
            JSONObject p = object(array.opt(i));
            peers.add(new PeerInfo(Json.string(p, "peerId"), p.optString("displayName", ""),
                    producers(p.optJSONArray("producers"))));
        }
        return List.copyOf(peers);
    }

    private static List<ProducerInfo> producers(JSONArray array) {
        List<ProducerInfo> producers = new ArrayList<>();
        for (int i = 0; array != null && i < array.length(); i++) {
            JSONObject p = object(array.opt(i));
            producers.add(new ProducerInfo(Json.string(p, "producerId"), kind(p), p.optBoolean("paused", false)));
        }
        return List.copyOf(producers);
    }

    static String kind(JSONObject o) {
        String kind = Json.string(o, "kind");
        if (!kind.equals("audio") && !kind.equals("video")) {
            throw new SignallingException(SignallingException.MALFORMED_ACK, "unknown kind " + kind);
        }
        return kind;
    }

    private static JSONObject object(Object o) {
        if (o instanceof JSONObject j) {
            return j;
        }
        throw new SignallingException(SignallingException.MALFORMED_ACK, "expected an object");
    }
}
