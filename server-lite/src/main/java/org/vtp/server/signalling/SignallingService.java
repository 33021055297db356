package org.vtp.server.signalling;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.vtp.server.access.AccessPolicy;
import org.vtp.server.access.RoomAction;
import org.vtp.server.access.RoomGates;
import org.vtp.server.auth.Principal;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.ClassroomDirectory;
import org.vtp.server.room.Peer;
import org.vtp.server.room.Room;
import org.vtp.server.room.RoomRegistry;

/**
 * Binds the protocol's client events to rooms. netty-socketio calls the listeners on its event-loop
 * threads: they check that the socket is authenticated, find the session and hand the work to the
 * room's serial executor, where it is validated, authorised and applied. Every listener answers
 * exactly one acknowledgement, whatever happens.
 */
public final class SignallingService {

    /** A socket that has not authenticated by then is disconnected. */
    static final Duration AUTH_DEADLINE = Duration.ofSeconds(5);

    /** An event of a joined peer, run on its room's executor. */
    @FunctionalInterface
    interface JoinedAction {
        ObjectNode apply(RoomCall call) throws Exception;
    }

    /** A joined peer's event: its session, room, peer, classroom and the raw payload. */
    record RoomCall(PeerSession session, Room room, Peer peer, Classroom classroom, JsonNode data) {

        /** @throws SignallingException FORBIDDEN if the caller may not do this here */
        void require(RoomAction action) throws SignallingException {
            var refusal = AccessPolicy.refuse(peer.principal(), classroom, action);
            if (refusal.isPresent()) {
                throw new SignallingException(ErrorCode.FORBIDDEN, refusal.get());
            }
        }
    }

    private final ConcurrentMap<UUID, PeerSession> sessions = new ConcurrentHashMap<>();
    private final HandshakeAuthenticator authenticator;
    private final ScheduledExecutorService timer;
    private final RoomEvents membership;
    private final MediaEvents media;
    private final ModerationEvents moderation;

    /**
     * @param ids unique ids for peers, producers and consumers
     * @param timer disconnects sockets that do not authenticate in time
     */
    public SignallingService(RoomRegistry rooms, Supplier<String> ids, HandshakeAuthenticator authenticator,
                             ClassroomDirectory classrooms, RoomGates gates, ScheduledExecutorService timer) {
        this.authenticator = authenticator;
        this.timer = timer;
        this.membership = new RoomEvents(rooms, ids, classrooms, gates);
        this.media = new MediaEvents(ids);
        this.moderation = new ModerationEvents(membership, gates);
    }

    /** Registers authentication and every protocol event on a namespace (the server's main one). */
    public void attach(SocketIONamespace namespace) {
        namespace.addAuthTokenListener(new HandshakeListener(authenticator, this::session));
        namespace.addConnectListener(this::onConnect);
        namespace.addDisconnectListener(this::onDisconnect);
        on(namespace, "join-room", (session, who, data, reply) -> membership.join(session, who, data, reply));
        onJoined(namespace, "leave-room", membership::leave);
        onJoined(namespace, "get-room-info", membership::roomInfo);
        onJoined(namespace, "get-participants", membership::participants);
        onJoined(namespace, "produce", media::produce);
        onJoined(namespace, "consume", media::consume);
        onJoined(namespace, "connect-transport", media::connectTransport);
        onJoined(namespace, "ice-candidate", media::iceCandidate);
        onJoined(namespace, "close-producer", media::closeProducer);
        onJoined(namespace, "close-consumer", media::closeConsumer);
        onJoined(namespace, "pause-producer", media::pauseProducer);
        onJoined(namespace, "remove-peer", moderation::removePeer);
        onJoined(namespace, "lock-room", moderation::lockRoom);
    }


    private void onJoined(SocketIONamespace namespace, String event, JoinedAction action) {
        on(namespace, event, (session, who, data, reply) -> dispatch(session, data, reply, action));
    }

    /**
     * Registers a listener that answers every event once. netty-socketio lets a client that sent no
     * {@code auth} payload (or whose auth failed) keep its socket: such a socket is answered
     * UNAUTHENTICATED and disconnected at its first event.
     */
    private void on(SocketIONamespace namespace, String event, AuthenticatedListener listener) {
        namespace.addEventListener(event, JsonNode.class, (client, data, ack) -> {
            Reply reply = new Reply(ack, event);
            PeerSession session = session(client);
            Optional<Principal> who = session.principal();
            if (who.isEmpty()) {
                reply.error(ErrorCode.UNAUTHENTICATED, "connect with a valid token");
                session.close();
                return;
            }
            try {
                listener.on(session, who.get(), data, reply);
            } catch (Exception | Error e) {
                reply.fail(e);
            }
        });
    }

    /** A client event of an authenticated socket; answers through the reply. */
    @FunctionalInterface
    private interface AuthenticatedListener {
        void on(PeerSession session, Principal who, JsonNode data, Reply reply) throws Exception;
    }

    private void dispatch(PeerSession session, JsonNode data, Reply reply, JoinedAction action)
            throws SignallingException {
        PeerSession.Membership joined = session.joinedRoom().orElseThrow(RoomEvents::notJoined);
        Room room = joined.room();
        room.executor().execute(() -> reply.answer(() -> {
            // The peer may have left (or been removed) between the check above and this task.
            Peer peer = session.joinedRoom().filter(m -> m.room() == room)
                    .flatMap(m -> room.peer(m.peerId())).orElseThrow(RoomEvents::notJoined);
            return action.apply(new RoomCall(session, room, peer, joined.classroom(), data));
        }));
    }

    private PeerSession session(SocketIOClient client) {
        return sessions.computeIfAbsent(client.getSessionId(), id -> new PeerSession(client));
    }

    /**
     * Runs at the engine.io handshake, before the socket.io {@code auth} payload arrives. A server
     * without accounts admits at once; otherwise the socket has until the deadline to authenticate.
     */
    private void onConnect(SocketIOClient client) {
        PeerSession session = session(client);
        HandshakeListener.admitWithoutToken(authenticator, client).ifPresent(session::authenticate);
        timer.schedule(() -> {
            if (session.principal().isEmpty() && !session.isDisconnected()) {
                session.close();
            }
        }, AUTH_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onDisconnect(SocketIOClient client) {
        PeerSession session = sessions.remove(client.getSessionId());
        if (session != null) {
            session.markDisconnected();
            membership.leaveOnDisconnect(session);
        }
    }
}
