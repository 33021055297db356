package org.vtp.server.signalling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vtp.server.access.RoomAction;
import org.vtp.server.access.RoomGates;
import org.vtp.server.room.Peer;
import org.vtp.server.signalling.SignallingService.RoomCall;

/**
 * The teacher's events (protocol.md): {@code remove-peer} and {@code lock-room}. Only the class's
 * owner or an admin may send them. Run on the room's executor, where joins are admitted too, so a
 * removal or a lock is in force for every join that runs after it.
 */
final class ModerationEvents {

    private final RoomEvents membership;
    private final RoomGates gates;

    ModerationEvents(RoomEvents membership, RoomGates gates) {
        this.membership = membership;
        this.gates = gates;
    }

    /** Removes the peer, remembers its subject so that its token cannot rejoin, and disconnects it. */
    ObjectNode removePeer(RoomCall call) throws Exception {
        String peerId = Payload.of(call.data(), "peerId").string("peerId", 1, MediaEvents.MAX_ID);
        call.require(RoomAction.REMOVE_PEER);
        if (peerId.equals(call.peer().id())) {
            throw SignallingException.invalid("use leave-room to leave");
        }
        Peer target = call.room().peer(peerId)
                .orElseThrow(() -> new SignallingException(ErrorCode.NOT_FOUND, "no participant " + peerId));
        if (!gates.remove(call.classroom().id(), target.principal().subject())) {
            throw new SignallingException(ErrorCode.LIMIT_EXCEEDED, "too many removals in this class");
        }
        target.channel().send(Events.REMOVED, Reply.fields().put("reason", "removed by " + call.peer().displayName()));
        membership.depart(call.room(), peerId);
        target.channel().close();
        return Reply.fields();
    }

    /** Locks or unlocks the room for new joiners (moderators still get in); tells the others. */
    ObjectNode lockRoom(RoomCall call) throws Exception {
        boolean locked = Payload.of(call.data(), "locked").bool("locked");
        call.require(RoomAction.LOCK_ROOM);
        gates.setLocked(call.classroom().id(), locked);
        Events.tellOthers(call.room(), call.peer().id(), Events.ROOM_LOCKED, Reply.fields().put("locked", locked));
        return Reply.fields().put("locked", locked);
    }
}
