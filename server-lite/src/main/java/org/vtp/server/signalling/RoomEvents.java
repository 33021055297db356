package org.vtp.server.signalling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;
import org.vtp.server.room.Peer;
import org.vtp.server.room.Room;
import org.vtp.server.room.RoomRegistry;
import org.vtp.server.room.Track;

/** {@code join-room}, {@code leave-room}, {@code get-room-info}, {@code get-participants}, and disconnects. */
final class RoomEvents {

    static final int MAX_DISPLAY_NAME = 64;

    private final RoomRegistry rooms;
    private final Supplier<String> ids;

    RoomEvents(RoomRegistry rooms, Supplier<String> ids) {
        this.rooms = rooms;
        this.ids = ids;
    }

    static SignallingException notJoined() {
        return new SignallingException(ErrorCode.NOT_JOINED, "join a room first");
    }

    /** Validates on the calling (netty) thread, then joins on the room's executor. */
    void join(PeerSession session, JsonNode data, Reply reply) throws SignallingException {
        Payload payload = Payload.of(data, "roomId", "displayName");
        String roomId = payload.string("roomId", 1, 64);
        if (!Room.ID.matcher(roomId).matches()) {
            throw SignallingException.invalid("roomId may use only letters, digits, '_' and '-'");
        }
        String displayName = displayName(payload);
        if (!session.beginJoin()) {
            throw new SignallingException(ErrorCode.ALREADY_JOINED, "this socket is already in a room");
        }
        joinOn(rooms.open(roomId), session, displayName, reply);
    }

    ObjectNode leave(SignallingService.RoomCall call) throws SignallingException {
        Payload.of(call.data());
        depart(call.room(), call.peer().id());
        call.session().idle();
        return Reply.fields();
    }

    void leaveOnDisconnect(PeerSession session) {
        session.joinedRoom().ifPresent(m -> m.room().executor().execute(() -> depart(m.room(), m.peerId())));
    }

    ObjectNode roomInfo(SignallingService.RoomCall call) throws SignallingException {
        Payload.of(call.data());
        return Reply.fields().put("roomId", call.room().id()).put("peerCount", call.room().peers().size());
    }

    ObjectNode participants(SignallingService.RoomCall call) throws SignallingException {
        Payload.of(call.data());
        ObjectNode answer = Reply.fields();
        ArrayNode list = answer.putArray("participants");
        call.room().peers().forEach(p -> list.add(Events.peer(p)));
        return answer;
    }

    private void joinOn(Room room, PeerSession session, String displayName, Reply reply) {
        room.executor().execute(() -> {
            if (room.isClosed()) {
                // Its last peer left after we looked it up: the registry has (or makes) a fresh one.
                joinOn(rooms.open(room.id()), session, displayName, reply);
                return;
            }
            reply.answer(() -> {
                try {
                    return admit(room, session, displayName);
                } catch (Exception e) {
                    session.idle();
                    throw e;
                }
            });
        });
    }

    private ObjectNode admit(Room room, PeerSession session, String displayName) throws Exception {
        if (session.isDisconnected()) {
            room.closeIfEmpty();
            throw new SignallingException(ErrorCode.NOT_JOINED, "disconnected");
        }
        String peerId = ids.get();
        Peer peer = room.join(peerId, displayName, session);
        session.joined(room, peerId);
        ObjectNode answer = Reply.fields().put("peerId", peerId).put("roomId", room.id());
        ArrayNode others = answer.putArray("peers");
        room.others(peerId).forEach(p -> others.add(Events.peer(p)));
        Events.tellOthers(room, peerId, Events.PEER_JOINED, Events.peerJoined(peer));
        if (session.isDisconnected()) {
            // The socket went away while joining; its disconnect may not have seen the membership.
            depart(room, peerId);
        }
        return answer;
    }

    /** Removes the peer, then tells the others which tracks closed and that it left. */
    private void depart(Room room, String peerId) {
        room.leave(peerId).ifPresent(departure -> {
            Peer peer = departure.peer();
            for (Track track : departure.closedTracks()) {
                Events.tellOthers(room, peerId, Events.PRODUCER_CLOSED, Events.producerClosed(peer, track));
            }
            Events.tellOthers(room, peerId, Events.PEER_LEFT, Events.peerLeft(peer));
        });
    }

    private static String displayName(Payload payload) throws SignallingException {
        String name = payload.string("displayName", 1, 4 * MAX_DISPLAY_NAME).strip();
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_DISPLAY_NAME) {
            throw SignallingException.invalid("displayName must be 1-" + MAX_DISPLAY_NAME + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw SignallingException.invalid("displayName may not contain control characters");
        }
        return name;
    }
}
