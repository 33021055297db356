package org.vtp.server.signalling;

import com.corundumstudio.socketio.SocketIOClient;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.vtp.server.room.PeerChannel;
import org.vtp.server.room.Room;
import org.vtp.sfu.api.TransportState;

/**
 * One Socket.IO connection and where it is: idle, joining, or joined to a room as a peer. The
 * membership changes on room executors and is read on netty threads, hence one atomic reference.
 */
final class PeerSession implements PeerChannel {

    /** Where the socket is; room and peerId are set only when joined. */
    record Membership(Phase phase, Room room, String peerId) {
        static final Membership IDLE = new Membership(Phase.IDLE, null, null);
        static final Membership JOINING = new Membership(Phase.JOINING, null, null);
    }

    enum Phase { IDLE, JOINING, JOINED }

    private final SocketIOClient client;
    private final AtomicReference<Membership> membership = new AtomicReference<>(Membership.IDLE);
    private volatile boolean disconnected;

    PeerSession(SocketIOClient client) {
        this.client = client;
    }

    /** @return false if the socket is already joining or joined */
    boolean beginJoin() {
        return membership.compareAndSet(Membership.IDLE, Membership.JOINING);
    }

    void joined(Room room, String peerId) {
        membership.set(new Membership(Phase.JOINED, room, peerId));
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

    @Override
    public void onTransportState(TransportState state) {
        send(Events.TRANSPORT_STATE, Reply.fields().put("state", state.name().toLowerCase(Locale.ROOT)));
    }
}
