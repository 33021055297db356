package org.vtp.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vtp.server.fake.FakeRouterFactory;

class InMemoryRoomRegistryTest {

    private final FakeRouterFactory sfu = new FakeRouterFactory();
    private final AtomicInteger ids = new AtomicInteger();
    private final InMemoryRoomRegistry registry =
            new InMemoryRoomRegistry(sfu, Runnable::run, () -> "id-" + ids.incrementAndGet());

    @Test
    void openReturnsTheSameLiveRoomForTheSameId() {
        assertThat(registry.open("a")).isSameAs(registry.open("a"));
        assertThat(registry.open("a")).isNotSameAs(registry.open("b"));
        assertThat(registry.rooms()).hasSize(2);
    }

    @Test
    void aRoomThatClosesIsForgottenAndOpeningAgainGivesAFreshOne() throws Exception {
        Room first = registry.open("a");
        first.join("alice", RecordingChannel.principal("Alice"), new RecordingChannel());
        first.leave("alice");

        assertThat(registry.find("a")).isEmpty();
        Room second = registry.open("a");
        assertThat(second).isNotSameAs(first);
        assertThat(second.isClosed()).isFalse();
    }

    @Test
    void closeClosesEveryRoomAndRouter() throws Exception {
        registry.open("a").join("alice", RecordingChannel.principal("Alice"), new RecordingChannel());
        registry.open("b").join("bob", RecordingChannel.principal("Bob"), new RecordingChannel());

        registry.close();

        assertThat(registry.rooms()).isEmpty();
        assertThat(sfu.liveRouters()).isEmpty();
    }

    @Test
    void endAllTellsEveryPeerOfEveryRoomAndCompletesOnlyOnceAllHungUp() throws Exception {
        RecordingChannel alice = new RecordingChannel();
        RecordingChannel bob = new RecordingChannel();
        registry.open("a").join("alice", RecordingChannel.principal("Alice"), alice);
        registry.open("b").join("bob", RecordingChannel.principal("Bob"), bob);

        var ended = registry.endAll(EndReason.ENDED);

        assertThat(alice.endings).containsExactly(EndReason.ENDED);
        assertThat(bob.endings).containsExactly(EndReason.ENDED);
        assertThat(registry.rooms()).isEmpty();
        assertThat(sfu.liveRouters()).isEmpty();
        alice.hungUp.complete(null);
        assertThat(ended).isNotDone();
        bob.hungUp.complete(null);
        assertThat(ended).isDone();
    }

    @Test
    void endingOneRoomLeavesTheOthersAndEndingAnUnknownRoomIsDoneAtOnce() throws Exception {
        RecordingChannel alice = new RecordingChannel();
        RecordingChannel bob = new RecordingChannel();
        registry.open("a").join("alice", RecordingChannel.principal("Alice"), alice);
        registry.open("b").join("bob", RecordingChannel.principal("Bob"), bob);

        registry.end("a", EndReason.DELETED);

        assertThat(alice.endings).containsExactly(EndReason.DELETED);
        assertThat(bob.endings).isEmpty();
        assertThat(registry.rooms()).extracting(Room::id).containsExactly("b");
        assertThat(registry.end("nobody-here", EndReason.DELETED)).isDone();
    }
}
