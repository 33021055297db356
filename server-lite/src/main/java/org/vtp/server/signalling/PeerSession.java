package org.vtp.server.signalling;

import com.corundumstudio.socketio.SocketIOClient;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.vtp.server.auth.Principal;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.room.EndReason;
import org.vtp.server.room.PeerChannel;
import org.vtp.server.room.Room;
import org.vtp.sfu.api.TransportState;

/**
 * One Socket.IO connection: who opened it (set once by the handshake authentication; until then
 * every event is refused) and where it is: idle, joining, or joined to a room as a peer. The
 * membership changes on room executors and is read on netty threads, hence atomic references.
 */
final class PeerSession implements PeerChannel {

    /** Where the socket is; room, peerId and classroom are set only when joined. */
    record Membership(Phase phase, Room room, String peerId, Classroom classroom) {
        static final Membership IDLE = new Membership(Phase.IDLE, null, null, null);
        static final Membership JOINING = new Membership(Phase.JOINING, null, null, null);
    }

    enum Phase { IDLE, JOINING, JOINED }

    private final SocketIOClient client;
    private final AtomicReference<Membership> membership = new AtomicReference<>(Membership.IDLE);
    private final AtomicReference<Principal> principal = new AtomicReference<>();
    /** Completes when netty-socketio reports the connection closed (the disconnect listener). */
    private final CompletableFuture<Void> gone = new CompletableFuture<>();
    private volatile boolean disconnected;

    PeerSession(SocketIOClient client) {
        this.client = client;
    }

    /** Records who opened the connection. @return false if that was already known (it never changes) */
    boolean authenticate(Principal who) {
        return principal.compareAndSet(null, who);
    }

    Optional<Principal> principal() {
        return Optional.ofNullable(principal.get());
    }

    /** @return false if the socket is already joining or joined */
    boolean beginJoin() {
        return membership.compareAndSet(Membership.IDLE, Membership.JOINING);
    }

    void joined(Room room, String peerId, Classroom classroom) {
        membership.set(new Membership(Phase.JOINED, room, peerId, classroom));
    }

    void idle() {
        membership.set(Membership.IDLE);
    }

    Optional<Membership> joinedRoom() {
        Membership current = membership.get();
        return current.phase() == Phase.JOINED ? Optional.of(current) : Optional.empty();
    }

    void markDisconnected() {
        disconnected = true;
        gone.complete(null);
    }

    boolean isDisconnected() {
        return disconnected;
    }

    @Override
    public void send(String event, Object payload) {
        if (!disconnected) {
            client.sendEvent(event, payload);
        }
    }

    /** Disconnects the client; its disconnect listener then leaves the room as usual. */
    @Override
    public void close() {
        client.disconnect();
    }

    /**
     * {@code roomClosed}, then a Socket.IO disconnect: both go out in order on the one websocket,
     * and the client closes the connection on the disconnect packet, which completes the stage.
     */
    @Override
    public CompletionStage<Void> end(EndReason reason) {
        send(Events.ROOM_CLOSED, Events.roomClosed(reason));
        close();
        return gone;
    }

    @Override
    public void onTransportState(TransportState state) {
        send(Events.TRANSPORT_STATE, Reply.fields().put("state", state.name().toLowerCase(Locale.ROOT)));
    }
}
