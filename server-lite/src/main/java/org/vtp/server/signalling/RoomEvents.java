package org.vtp.server.signalling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Supplier;
import org.vtp.server.access.AccessPolicy;
import org.vtp.server.access.RoomGates;
import org.vtp.server.auth.DisplayNames;
import org.vtp.server.auth.Principal;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.ClassroomDirectory;
import org.vtp.server.room.Peer;
import org.vtp.server.room.Room;
import org.vtp.server.room.RoomRegistry;
import org.vtp.server.room.Track;

/** {@code join-room}, {@code leave-room}, {@code get-room-info}, {@code get-participants}, and disconnects. */
final class RoomEvents {

    private final RoomRegistry rooms;
    private final Supplier<String> ids;
    private final ClassroomDirectory classrooms;
    private final RoomGates gates;

    RoomEvents(RoomRegistry rooms, Supplier<String> ids, ClassroomDirectory classrooms, RoomGates gates) {
        this.rooms = rooms;
        this.ids = ids;
        this.classrooms = classrooms;
        this.gates = gates;
    }

    static SignallingException notJoined() {
        return new SignallingException(ErrorCode.NOT_JOINED, "join a room first");
    }

    /**
     * Validates and finds the classroom on the calling (netty) thread, then admits on the room's
     * executor, where removals and locks are decided too.
     */
    void join(PeerSession session, Principal who, JsonNode data, Reply reply) throws SignallingException {
        Payload payload = Payload.of(data, "roomId", "displayName");
        String roomId = payload.string("roomId", 1, 64);
        if (!Room.ID.matcher(roomId).matches()) {
            throw SignallingException.invalid("roomId may use only letters, digits, '_' and '-'");
        }
        Optional<String> chosenName = displayName(payload);
        // A token names its holder; only a server without accounts lets the client choose.
        String name = who.displayName().isEmpty()
                ? chosenName.orElseThrow(() -> SignallingException.invalid("displayName is required"))
                : who.displayName();
        Principal named = new Principal(who.subject(), name, who.role(), who.guestClassroomId());
        Classroom classroom = classrooms.byId(roomId)
                .orElseThrow(() -> new SignallingException(ErrorCode.NOT_FOUND, "no class " + roomId));
        if (!session.beginJoin()) {
            throw new SignallingException(ErrorCode.ALREADY_JOINED, "this socket is already in a room");
        }
        joinOn(rooms.open(roomId), session, named, classroom, reply);
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
        return Reply.fields().put("roomId", call.room().id()).put("peerCount", call.room().peers().size())
                .put("locked", gates.isLocked(call.classroom()));
    }

    ObjectNode participants(SignallingService.RoomCall call) throws SignallingException {
        Payload.of(call.data());
        ObjectNode answer = Reply.fields();
        ArrayNode list = answer.putArray("participants");
        call.room().peers().forEach(p -> list.add(Events.peer(p)));
        return answer;
    }

    /** Removes the peer, then tells the others which tracks closed and that it left. Room executor. */
    void depart(Room room, String peerId) {
        room.leave(peerId).ifPresent(departure -> {
            Peer peer = departure.peer();
            for (Track track : departure.closedTracks()) {
                Events.tellOthers(room, peerId, Events.PRODUCER_CLOSED, Events.producerClosed(peer, track));
            }
            Events.tellOthers(room, peerId, Events.PEER_LEFT, Events.peerLeft(peer));
        });
    }

    private void joinOn(Room room, PeerSession session, Principal who, Classroom classroom, Reply reply) {
        room.executor().execute(() -> {
            if (room.isClosed()) {
                // Its last peer left after we looked it up: the registry has (or makes) a fresh one.
                joinOn(rooms.open(room.id()), session, who, classroom, reply);
                return;
            }
            reply.answer(() -> {
                try {
                    return admit(room, session, who, classroom);
                } catch (Exception e) {
                    session.idle();
                    throw e;
                }
            });
        });
    }

    private ObjectNode admit(Room room, PeerSession session, Principal who, Classroom classroom) throws Exception {
        if (session.isDisconnected()) {
            room.closeIfEmpty();
            throw new SignallingException(ErrorCode.NOT_JOINED, "disconnected");
        }
        boolean locked = gates.isLocked(classroom);
        Optional<String> refusal = AccessPolicy.refuseJoin(who, classroom, locked,
                gates.isRemoved(classroom.id(), who.subject()));
        if (refusal.isPresent()) {
            room.closeIfEmpty();
            throw new SignallingException(ErrorCode.FORBIDDEN, refusal.get());
        }
        String peerId = ids.get();
        Peer peer = room.join(peerId, who, session);
        session.joined(room, peerId, classroom);
        ObjectNode answer = Reply.fields().put("peerId", peerId).put("roomId", room.id())
                .put("roomName", classroom.name()).put("displayName", who.displayName())
                .put("role", Events.role(who.role())).put("moderator", AccessPolicy.moderates(who, classroom))
                .put("locked", locked);
        ArrayNode others = answer.putArray("peers");
        room.others(peerId).forEach(p -> others.add(Events.peer(p)));
        Events.tellOthers(room, peerId, Events.PEER_JOINED, Events.peerJoined(peer));
        if (session.isDisconnected()) {
            // The socket went away while joining; its disconnect may not have seen the membership.
            depart(room, peerId);
        }
        return answer;
    }

    private static Optional<String> displayName(Payload payload) throws SignallingException {
        Optional<String> given = payload.optionalString("displayName", 0, 4 * DisplayNames.MAX_LENGTH);
        if (given.isEmpty()) {
            return given;
        }
        return Optional.of(DisplayNames.normalise(given.get()).orElseThrow(() -> SignallingException.invalid(
                "displayName must be 1-" + DisplayNames.MAX_LENGTH + " characters, without control characters")));
    }
}
