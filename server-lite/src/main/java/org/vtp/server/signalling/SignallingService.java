package org.vtp.server.signalling;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.listener.ClientListeners;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.vtp.server.room.Peer;
import org.vtp.server.room.Room;
import org.vtp.server.room.RoomRegistry;

/**
 * Binds the protocol's client events to rooms. netty-socketio calls the listeners on its event-loop
 * threads: they only find the session and hand the work to the room's serial executor, where it is
 * validated and applied. Every listener answers exactly one acknowledgement, whatever happens.
 */
public final class SignallingService {

    /** An event of a joined peer, run on its room's executor. */
    @FunctionalInterface
    interface JoinedAction {
        ObjectNode apply(RoomCall call) throws Exception;
    }

    /** A joined peer's event: its session, room, peer and the raw payload. */
    record RoomCall(PeerSession session, Room room, Peer peer, JsonNode data) {
    }

    private final ConcurrentMap<UUID, PeerSession> sessions = new ConcurrentHashMap<>();
    private final RoomEvents membership;
    private final MediaEvents media;

    /** @param ids unique ids for peers, producers and consumers */
    public SignallingService(RoomRegistry rooms, Supplier<String> ids) {
        this.membership = new RoomEvents(rooms, ids);
        this.media = new MediaEvents(ids);
    }

    /** Registers every protocol event on a namespace (the server's main one). */
    public void attach(ClientListeners listeners) {
        listeners.addConnectListener(client -> session(client));
        listeners.addDisconnectListener(this::onDisconnect);
        listeners.addEventListener("join-room", JsonNode.class, (client, data, ack) -> {
            Reply reply = new Reply(ack, "join-room");
            try {
                membership.join(session(client), data, reply);
            } catch (Exception | Error e) {
                reply.fail(e);
            }
        });
        onJoined(listeners, "leave-room", membership::leave);
        onJoined(listeners, "get-room-info", membership::roomInfo);
        onJoined(listeners, "get-participants", membership::participants);
        onJoined(listeners, "produce", media::produce);
        onJoined(listeners, "consume", media::consume);
        onJoined(listeners, "connect-transport", media::connectTransport);
        onJoined(listeners, "ice-candidate", media::iceCandidate);
        onJoined(listeners, "close-producer", media::closeProducer);
        onJoined(listeners, "close-consumer", media::closeConsumer);
        onJoined(listeners, "pause-producer", media::pauseProducer);
    }

    /** Sockets currently connected (tests and diagnostics). */
    public int sessionCount() {
        return sessions.size();
    }

    private void onJoined(ClientListeners listeners, String event, JoinedAction action) {
        listeners.addEventListener(event, JsonNode.class, (client, data, ack) -> {
            Reply reply = new Reply(ack, event);
            try {
                dispatch(session(client), data, reply, action);
            } catch (Exception | Error e) {
                reply.fail(e);
            }
        });
    }

    private void dispatch(PeerSession session, JsonNode data, Reply reply, JoinedAction action)
            throws SignallingException {
        PeerSession.Membership joined = session.joinedRoom().orElseThrow(RoomEvents::notJoined);
        Room room = joined.room();
        room.executor().execute(() -> reply.answer(() -> {
            // The peer may have left between the check above and this task.
            Peer peer = session.joinedRoom().filter(m -> m.room() == room)
                    .flatMap(m -> room.peer(m.peerId())).orElseThrow(RoomEvents::notJoined);
            return action.apply(new RoomCall(session, room, peer, data));
        }));
    }

    private PeerSession session(SocketIOClient client) {
        return sessions.computeIfAbsent(client.getSessionId(), id -> new PeerSession(client));
    }

    private void onDisconnect(SocketIOClient client) {
        PeerSession session = sessions.remove(client.getSessionId());
        if (session != null) {
            session.markDisconnected();
            membership.leaveOnDisconnect(session);
        }
    }
}
