package org.vtp.server.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.fake.FakeTransport;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportState;

/** Room rules on a fake SFU, run on the calling thread (a direct executor). */
class RoomTest {

    private final FakeRouterFactory sfu = new FakeRouterFactory();
    private final List<Room> closedRooms = new ArrayList<>();
    private final Room room = new Room("maths", sfu, Runnable::run, "router-1", closedRooms::add);
    private final RecordingChannel aliceChannel = new RecordingChannel();

    private Track publish(Peer peer, MediaKind kind, String producerId) throws Exception {
        Track track = room.produce(peer, producerId, kind);
        room.applyOffer(peer, "v=0\r\n", Map.of("0", producerId));
        return track;
    }

    @Test
    void firstJoinCreatesTheRouterAndLastLeaveClosesRouterAndRoom() throws Exception {
        room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        room.join("bob", RecordingChannel.principal("Bob"), new RecordingChannel());
        assertThat(sfu.liveRouters()).hasSize(1);

        room.leave("alice");
        assertThat(room.isClosed()).isFalse();
        room.leave("bob");

        assertThat(room.isClosed()).isTrue();
        assertThat(sfu.liveRouters()).isEmpty();
        assertThat(closedRooms).containsExactly(room);
    }

    @Test
    void endTellsEveryPeerBeforeClosingTheirTransportsAndTheRouter() throws Exception {
        RecordingChannel bobChannel = new RecordingChannel();
        room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        room.join("bob", RecordingChannel.principal("Bob"), bobChannel);
        FakeTransport aliceTransport = sfu.routers().get(0).fakeTransport("alice").orElseThrow();

        var allGone = room.end(EndReason.DELETED);

        assertThat(aliceChannel.endings).containsExactly(EndReason.DELETED);
        assertThat(bobChannel.endings).containsExactly(EndReason.DELETED);
        assertThat(aliceTransport.isClosed()).isTrue();
        assertThat(room.isClosed()).isTrue();
        assertThat(sfu.liveRouters()).isEmpty();
        assertThat(closedRooms).containsExactly(room);
        aliceChannel.hungUp.complete(null);
        assertThat(allGone).isNotDone();
        bobChannel.hungUp.complete(null);
        assertThat(allGone).isDone();
    }

    @Test
    void aRefusedFirstJoinLeavesTheRoomClosedAndNoRouterAlive() {
        sfu.refuseRouters(true);

        assertThatThrownBy(() -> room.join("alice", RecordingChannel.principal("Alice"), aliceChannel)).isInstanceOf(SfuException.class);

        assertThat(room.peers()).isEmpty();
        assertThat(room.isClosed()).isTrue();
    }

    @Test
    void aRefusedTransportOnAFreshRoomClosesItsRouter() throws Exception {
        room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        sfu.routers().get(0).refuseTransports(true);

        assertThatThrownBy(() -> room.join("bob", RecordingChannel.principal("Bob"), new RecordingChannel())).isInstanceOf(SfuException.class);

        assertThat(room.peers()).extracting(Peer::id).containsExactly("alice");
        assertThat(room.isClosed()).isFalse();
    }

    @Test
    void aPeerMayHaveAtMostFourProducers() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        for (int i = 0; i < Peer.MAX_PRODUCERS; i++) {
            room.produce(alice, "p" + i, MediaKind.AUDIO);
        }

        assertThatThrownBy(() -> room.produce(alice, "p4", MediaKind.VIDEO))
                .isInstanceOf(RoomException.class)
                .extracting(e -> ((RoomException) e).reason()).isEqualTo(RoomException.Reason.LIMIT_EXCEEDED);
        assertThat(alice.tracks()).hasSize(Peer.MAX_PRODUCERS);
    }

    @Test
    void onlyAnotherPeersAnnouncedTrackCanBeConsumed() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        Peer bob = room.join("bob", RecordingChannel.principal("Bob"), new RecordingChannel());
        room.produce(alice, "unbound", MediaKind.VIDEO);
        publish(alice, MediaKind.AUDIO, "mic");

        assertNotFound(() -> room.consume(bob, "c1", "unbound"));
        assertNotFound(() -> room.consume(bob, "c2", "nothing"));
        assertNotFound(() -> room.consume(alice, "c3", "mic"));
        assertThat(room.consume(bob, "c4", "mic").producerId()).isEqualTo("mic");
        assertThat(bob.consumers()).hasSize(1);
    }

    @Test
    void anOfferAnnouncesEachBoundTrackOnce() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        room.produce(alice, "mic", MediaKind.AUDIO);
        room.produce(alice, "cam", MediaKind.VIDEO);

        Room.OfferResult first = room.applyOffer(alice, "v=0\r\n", Map.of("0", "mic"));
        Room.OfferResult second = room.applyOffer(alice, "v=0\r\n", Map.of("0", "mic", "1", "cam"));

        assertThat(first.newlyBound()).extracting(Track::id).containsExactly("mic");
        assertThat(second.newlyBound()).extracting(Track::id).containsExactly("cam");
        assertThat(alice.announcedTracks()).hasSize(2);
    }

    @Test
    void closingAProducerIsForOwnersOnlyAndDropsItsConsumersElsewhere() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        Peer bob = room.join("bob", RecordingChannel.principal("Bob"), new RecordingChannel());
        publish(alice, MediaKind.VIDEO, "cam");
        room.consume(bob, "c1", "cam");

        assertThatThrownBy(() -> room.closeProducer(bob, "cam")).isInstanceOf(RoomException.class)
                .extracting(e -> ((RoomException) e).reason()).isEqualTo(RoomException.Reason.FORBIDDEN);
        assertNotFound(() -> room.closeProducer(alice, "nothing"));
        Track closed = room.closeProducer(alice, "cam");

        assertThat(closed.producer().isClosed()).isTrue();
        assertThat(alice.tracks()).isEmpty();
        assertThat(bob.consumers()).isEmpty();
    }

    @Test
    void leavingClosesTheTransportAndReportsOnlyAnnouncedTracks() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        Peer bob = room.join("bob", RecordingChannel.principal("Bob"), new RecordingChannel());
        publish(alice, MediaKind.VIDEO, "cam");
        room.produce(alice, "mic", MediaKind.AUDIO);
        room.consume(bob, "c1", "cam");

        Room.Departure departure = room.leave("alice").orElseThrow();

        assertThat(departure.closedTracks()).extracting(Track::id).containsExactly("cam");
        assertThat(((FakeTransport) alice.transport()).isClosed()).isTrue();
        assertThat(bob.consumers()).isEmpty();
        assertThat(room.leave("alice")).isEmpty();
    }

    @Test
    void pausingReportsWhetherTheStateChanged() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);
        publish(alice, MediaKind.AUDIO, "mic");

        assertThat(room.pauseProducer(alice, "mic", true).changed()).isTrue();
        assertThat(room.pauseProducer(alice, "mic", true).changed()).isFalse();
        assertThat(alice.track("mic").orElseThrow().isPaused()).isTrue();
    }

    @Test
    void transportStateChangesReachThePeersChannel() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);

        ((FakeTransport) alice.transport()).changeState(TransportState.CONNECTED);

        assertThat(aliceChannel.states).containsExactly(TransportState.CONNECTED);
    }

    @Test
    void closingTheRoomClosesEveryTransportAndTheRouterOnce() throws Exception {
        Peer alice = room.join("alice", RecordingChannel.principal("Alice"), aliceChannel);

        room.close();
        room.close();

        assertThat(((FakeTransport) alice.transport()).isClosed()).isTrue();
        assertThat(sfu.liveRouters()).isEmpty();
        assertThat(closedRooms).hasSize(1);
        assertThatThrownBy(() -> room.join("bob", RecordingChannel.principal("Bob"), new RecordingChannel()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RoomException.class)
                .extracting(e -> ((RoomException) e).reason()).isEqualTo(RoomException.Reason.NOT_FOUND);
    }
}
