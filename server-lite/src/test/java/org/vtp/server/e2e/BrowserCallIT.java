package org.vtp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Real calls: the VTP server (signalling + SFU) embedded on loopback, several headless Chromium
 * pages joining one room through the join link, each checked from its own receive statistics.
 */
class BrowserCallIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

    private E2eServer server;
    private RoomApi api;
    private final List<ChromiumPage> pages = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = E2eServer.start();
        api = new RoomApi(server.baseUrl());
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            pages.forEach(ChromiumPage::close);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void threeStudentsEachDecodeVideoAndReceiveAudioFromBothOthers() {
        List<ChromiumPage> trio = joinAll("trio", "both", "Ann", "Ben", "Cleo");

        for (ChromiumPage page : trio) {
            awaitMediaFromAll(page, otherPeerIds(page, trio));
        }
        trio.forEach(page -> System.out.printf("[e2e] %s: join -> first decoded frame of each peer %s ms%n",
                page.label(), joinToFirstFrameMillis(page, otherPeerIds(page, trio))));
        trio.forEach(page -> assertThat(page.pageErrors()).as(page.label() + " errors").isEmpty());
    }

    @Test
    void aStudentWhoLeavesDisappearsFromTheOthersAndFromTheRoomApi() {
        List<ChromiumPage> trio = joinAll("leave", "both", "Ann", "Ben", "Cleo");
        ChromiumPage leaver = trio.get(2);
        String leaverId = leaver.peerId();
        for (ChromiumPage page : trio) {
            awaitMediaFromAll(page, otherPeerIds(page, trio));
        }
        List<String> leaverProducers = api.producerIdsOf("leave", leaverId);
        assertThat(leaverProducers).as("producers of the leaver before leaving").hasSize(2);

        leaver.element(By.id("leave-button")).click();

        for (ChromiumPage page : trio.subList(0, 2)) {
            page.awaitUntil(TIMEOUT, "the tile of " + leaverId + " is gone",
                    () -> !page.remoteTilePeerIds().contains(leaverId));
        }
        trio.get(0).awaitUntil(TIMEOUT, "the room API no longer lists the leaver or its media",
                () -> !api.participantIds("leave").contains(leaverId)
                        && api.producerIdsInUse("leave").stream().noneMatch(leaverProducers::contains));
        assertThat(api.participantIds("leave")).hasSize(2);
        assertThat(leaver.connectionState()).isEqualTo("closed");
    }

    @Test
    void aListenOnlyStudentReceivesBothSpeakers() {
        List<ChromiumPage> speakers = joinAll("listen", "both", "Ann", "Ben");
        ChromiumPage listener = join("listen", "Lea", "none");
        List<String> speakerIds = speakers.stream().map(ChromiumPage::peerId).toList();

        awaitMediaFromAll(listener, speakerIds);
        System.out.printf("[e2e] listen-only %s: join -> first decoded frame %s ms%n",
                listener.label(), joinToFirstFrameMillis(listener, speakerIds));
        for (ChromiumPage speaker : speakers) {
            assertThat(speaker.remoteTilePeerIds()).as(speaker.label() + " shows the listener")
                    .contains(listener.peerId());
        }
        assertThat(api.producerIdsOf("listen", listener.peerId())).isEmpty();
    }

    private List<ChromiumPage> joinAll(String room, String media, String... names) {
        List<ChromiumPage> joined = new ArrayList<>();
        for (String name : names) {
            joined.add(join(room, name, media));
        }
        return joined;
    }

    private ChromiumPage join(String room, String name, String media) {
        ChromiumPage page = screenshots.watch(ChromiumPage.launch(room + "-" + name));
        pages.add(page);
        page.open(server.joinUrl(room, name, media));
        page.awaitUntil(TIMEOUT, "joined the room", () -> page.peerId() != null);
        return page;
    }

    private static List<String> otherPeerIds(ChromiumPage page, List<ChromiumPage> all) {
        return all.stream().filter(p -> p != page).map(ChromiumPage::peerId).toList();
    }

    /**
     * Waits until {@code page} decodes video (frames growing, width > 0) and receives audio
     * (packets and samples growing) from every peer in {@code peerIds}, per its own stats.
     */
    private static void awaitMediaFromAll(ChromiumPage page, List<String> peerIds) {
        Map<String, InboundStats> first = new HashMap<>();
        page.awaitUntil(TIMEOUT, "video and audio flowing from " + peerIds, () -> {
            Map<String, InboundStats> now = byPeerAndKind(page.inboundStats());
            boolean flowing = true;
            for (String peerId : peerIds) {
                flowing &= growing(first, now, peerId + "/video", s -> s.framesDecoded() > 0 && s.frameWidth() > 0);
                flowing &= growing(first, now, peerId + "/audio", s -> s.packetsReceived() > 0 && s.totalSamplesReceived() > 0);
            }
            return flowing;
        });
    }

    /** True when the stream is active and its counters grew since the first active sample. */
    private static boolean growing(Map<String, InboundStats> first, Map<String, InboundStats> now, String key,
                                   Predicate<InboundStats> active) {
        InboundStats current = now.get(key);
        if (current == null || !active.test(current)) {
            return false;
        }
        InboundStats baseline = first.putIfAbsent(key, current);
        return baseline != null && (current.isVideo()
                ? current.framesDecoded() > baseline.framesDecoded()
                : current.packetsReceived() > baseline.packetsReceived()
                        && current.totalSamplesReceived() > baseline.totalSamplesReceived());
    }

    private static Map<String, InboundStats> byPeerAndKind(List<InboundStats> rows) {
        return rows.stream().collect(Collectors.toMap(s -> s.peerId() + "/" + s.kind(), s -> s, (a, b) -> b));
    }

    /** Join started → first frame rendered, per remote peer, from window.vtpEvents. */
    private static Map<String, Long> joinToFirstFrameMillis(ChromiumPage page, List<String> peerIds) {
        long started = page.eventTime("joinStartedAt");
        return peerIds.stream().collect(Collectors.toMap(id -> id,
                id -> page.eventTime("firstFrameAt['" + id + "']") - started));
    }
}
