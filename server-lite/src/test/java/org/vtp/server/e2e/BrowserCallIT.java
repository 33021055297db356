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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;
import org.vtp.server.e2e.browser.InboundStats;

/**
 * Real calls on the production setup: the VTP server (accounts store, signalling, SFU) embedded on
 * loopback. A teacher signs in on the sign-in page in headless Chromium, creates the class there
 * and joins it by its link; students join as guests by the link {@code /join/<code>?name=...}.
 * Each page is checked from its own receive statistics.
 */
class BrowserCallIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

    private E2eServer server;
    private RoomApi api;
    private final List<BrowserPage> pages = new ArrayList<>();
    /** The browser of every page of the running test. */
    private Engine engine;

    /** A class the teacher created and joined: its live room id, join code and the teacher's page. */
    private record OpenClass(String className, String roomId, String code, BrowserPage teacher) {
    }

    @BeforeEach
    void startServer() throws Exception {
        server = E2eServer.start();
        api = new RoomApi(server.baseUrl(), server.teacherToken());
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            pages.forEach(BrowserPage::close);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theTeacherAndTwoGuestsEachDecodeVideoAndReceiveAudioFromBothOthers(Engine engine) {
        this.engine = engine;
        OpenClass trio = teacherOpensClass("Trio");
        List<BrowserPage> all = List.of(trio.teacher(), guest(trio, "Ann", "both"), guest(trio, "Ben", "both"));

        for (BrowserPage page : all) {
            awaitMediaFromAll(page, otherPeerIds(page, all));
        }
        all.forEach(page -> System.out.printf("[e2e] %s: join -> first decoded frame of each peer %s ms%n",
                page.label(), joinToFirstFrameMillis(page, otherPeerIds(page, all))));
        all.forEach(page -> assertThat(page.pageErrors()).as(page.label() + " errors").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyPageShowsNamesAndRolesAndOnlyTheTeacherCanRemove(Engine engine) {
        this.engine = engine;
        OpenClass names = teacherOpensClass("Names");
        BrowserPage ann = guest(names, "Ann", "both");

        String teacherPeer = names.teacher().peerId();
        ann.awaitUntil(TIMEOUT, "the teacher's tile shows name and role", () ->
                "Tom Teacher".equals(tileText(ann, teacherPeer, ".name")) && "teacher".equals(tileText(ann, teacherPeer, ".role")));
        names.teacher().awaitUntil(TIMEOUT, "Ann's tile shows name, role and Remove", () ->
                "Ann".equals(tileText(names.teacher(), ann.peerId(), ".name"))
                        && "guest".equals(tileText(names.teacher(), ann.peerId(), ".role"))
                        && "Remove".equals(tileText(names.teacher(), ann.peerId(), ".remove")));
        assertThat(ann.count("#grid .remove")).as("guests cannot remove").isZero();
        assertThat(ann.isDisplayed("#lock-button")).as("guests cannot lock").isFalse();
        assertThat(names.teacher().isDisplayed("#lock-button")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStudentWhoLeavesDisappearsFromTheOthersAndFromTheRoomApi(Engine engine) {
        this.engine = engine;
        OpenClass leave = teacherOpensClass("Leave");
        List<BrowserPage> trio = List.of(leave.teacher(), guest(leave, "Ann", "both"), guest(leave, "Cleo", "both"));
        BrowserPage leaver = trio.get(2);
        String leaverId = leaver.peerId();
        for (BrowserPage page : trio) {
            awaitMediaFromAll(page, otherPeerIds(page, trio));
        }
        List<String> leaverProducers = api.producerIdsOf(leave.roomId(), leaverId);
        assertThat(leaverProducers).as("producers of the leaver before leaving").hasSize(2);

        leaver.click("#leave-button");

        for (BrowserPage page : trio.subList(0, 2)) {
            page.awaitUntil(TIMEOUT, "the tile of " + leaverId + " is gone",
                    () -> !page.remoteTilePeerIds().contains(leaverId));
        }
        trio.get(0).awaitUntil(TIMEOUT, "the room API no longer lists the leaver or its media",
                () -> !api.participantIds(leave.roomId()).contains(leaverId)
                        && api.producerIdsInUse(leave.roomId()).stream().noneMatch(leaverProducers::contains));
        assertThat(api.participantIds(leave.roomId())).hasSize(2);
        assertThat(leaver.connectionState()).isEqualTo("closed");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aListenOnlyStudentReceivesBothSpeakers(Engine engine) {
        this.engine = engine;
        OpenClass listen = teacherOpensClass("Listen");
        List<BrowserPage> speakers = List.of(listen.teacher(), guest(listen, "Ann", "both"));
        BrowserPage listener = guest(listen, "Lea", "none");
        List<String> speakerIds = speakers.stream().map(BrowserPage::peerId).toList();

        awaitMediaFromAll(listener, speakerIds);
        System.out.printf("[e2e] listen-only %s: join -> first decoded frame %s ms%n",
                listener.label(), joinToFirstFrameMillis(listener, speakerIds));
        for (BrowserPage speaker : speakers) {
            speaker.awaitUntil(TIMEOUT, "shows the listener", () -> speaker.remoteTilePeerIds().contains(listener.peerId()));
        }
        assertThat(api.producerIdsOf(listen.roomId(), listener.peerId())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void whenTheHostStopsTheServerEveryPageShowsTheClassEndedAndStopsItsMedia(Engine engine) {
        this.engine = engine;
        Assumptions.assumeTrue(server.embedded(), "needs the server in this JVM");
        OpenClass ending = teacherOpensClass("Ending");
        BrowserPage ann = guest(ending, "Ann", "both");
        List<BrowserPage> both = List.of(ending.teacher(), ann);
        awaitMediaFromAll(ann, List.of(ending.teacher().peerId()));
        long stopStartedAt = System.currentTimeMillis();

        Duration stop = server.stopServer();

        for (BrowserPage page : both) {
            page.awaitUntil(Duration.ofSeconds(5), "the page shows the class ended", () ->
                    "ended".equals(page.connectionState()) && page.isDisplayed("#ended-panel"));
            assertThat(page.text("ended-text")).isEqualTo("The host ended the class.");
            assertThat(page.js("return window.vtp.state;")).isEqualTo("ended");
            assertThat(page.js(ALL_TRACKS_ENDED)).as(page.label() + ": own and received tracks stopped").isEqualTo(true);
            assertThat(page.js("return window.vtp.pc.connectionState;")).isEqualTo("closed");
            assertThat(page.isDisplayed("#controls")).isFalse();
            System.out.printf("[e2e] %s: close() %d ms, page showed the end %d ms after close() began%n",
                    page.label(), stop.toMillis(), page.eventTime("endedAt") - stopStartedAt);
        }
        assertThat(ann.js("return window.vtp.socket.connected || window.vtp.socket.active;"))
                .as("no reconnection").isEqualTo(false);
        both.forEach(page -> assertThat(page.pageErrors()).as(page.label() + " errors").isEmpty());
    }

    private static final String ALL_TRACKS_ENDED = "const c = window.vtp;"
            + " const tracks = [...c.producers.values(), ...c.consumers.values()].map(x => x.track).filter(t => t);"
            + " return tracks.length > 0 && tracks.every(t => t.readyState === 'ended');";

    /**
     * The teacher opens the server's home ({@code GET /} → sign-in page), signs in with the stored
     * account, creates a guest-friendly class on the page ({@code POST /api/v1/rooms}) and follows
     * its join link; the join page joins with the access token of the tab.
     */
    private OpenClass teacherOpensClass(String className) {
        BrowserPage teacher = launch(className + "-Teacher");
        teacher.open(server.homeUrl());
        teacher.awaitUntil(TIMEOUT, "the sign-in form shows", () -> teacher.isDisplayed("#signin-form"));
        teacher.type("#email-input", server.teacherEmail());
        teacher.type("#password-input", server.teacherPassword());
        teacher.click("#signin-button");
        teacher.awaitUntil(TIMEOUT, "signed in as a teacher", () -> teacher.isDisplayed("#create-form"));
        assertThat(teacher.text("who-name")).isEqualTo(E2eServer.TEACHER_NAME);
        assertThat(teacher.text("who-role")).isEqualTo("teacher");

        teacher.type("#class-name-input", className);
        teacher.click("#create-button");
        teacher.awaitUntil(TIMEOUT, "the new class is listed", () -> teacher.count("a.join-link") > 0);
        assertThat(teacher.visibleText("a.join-link")).isEqualTo(className);
        String roomId = teacher.attribute("a.join-link", "data-room-id");
        String href = (String) teacher.js("return document.querySelector('a.join-link').href;");
        String code = href.substring(href.lastIndexOf('/') + 1);
        teacher.click("a.join-link");

        awaitJoinedAs(teacher, E2eServer.TEACHER_NAME, "teacher");
        assertThat(teacher.js("return window.vtp.roomId;")).isEqualTo(roomId);
        assertThat(teacher.text("room-name")).isEqualTo(className);
        return new OpenClass(className, roomId, code, teacher);
    }

    /** A student opens the class's link with a name: it joins as a guest at once. */
    private BrowserPage guest(OpenClass open, String name, String media) {
        BrowserPage page = launch(open.className() + "-" + name);
        page.open(server.guestJoinUrl(open.code(), name, media));
        awaitJoinedAs(page, name, "guest");
        return page;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aListenOnlyStudentKeepsReceivingAfterEveryoneItWatchedLeft(Engine engine) {
        this.engine = engine;
        OpenClass stay = teacherOpensClass("Stay");
        List<BrowserPage> speakers = List.of(stay.teacher(), guest(stay, "Ann", "both"));
        BrowserPage listener = guest(stay, "Lea", "none");
        awaitMediaFromAll(listener, speakers.stream().map(BrowserPage::peerId).toList());

        // One of them fed the listener's first m-section, the BUNDLE tag: it must be parked, not
        // stopped, or the page's media moves to a new transport that the SFU refuses.
        for (BrowserPage speaker : speakers) {
            String leaverId = speaker.peerId();
            speaker.click("#leave-button");
            listener.awaitUntil(TIMEOUT, "the tile of " + leaverId + " is gone",
                    () -> !listener.remoteTilePeerIds().contains(leaverId));
        }
        BrowserPage newcomer = guest(stay, "Bo", "both");

        awaitMediaFromAll(listener, List.of(newcomer.peerId()));
        assertThat(listener.connectionState()).isEqualTo("connected");
    }

    /** Joined, and the top bar shows who the page is: name and role from the server's answer. */
    private static void awaitJoinedAs(BrowserPage page, String name, String role) {
        page.awaitUntil(TIMEOUT, "joined the room", () -> page.peerId() != null);
        page.awaitUntil(TIMEOUT, "the top bar shows " + name + " (" + role + ")", () -> page.isDisplayed("#who")
                && name.equals(page.text("who-name")) && role.equals(page.text("who-role")));
    }

    private BrowserPage launch(String label) {
        BrowserPage page = screenshots.watch(engine.launch(label));
        pages.add(page);
        return page;
    }

    /** Text of a part of a remote tile ({@code .name}, {@code .role}, {@code .remove}), or null. */
    private static String tileText(BrowserPage page, String peerId, String part) {
        Object text = page.js("const tile = document.querySelector('#grid .tile[data-peer-id=\"' + arguments[0] + '\"]');"
                + " const e = tile && tile.querySelector(arguments[1]); return e ? e.textContent : null;", peerId, part);
        return (String) text;
    }

    private static List<String> otherPeerIds(BrowserPage page, List<BrowserPage> all) {
        return all.stream().filter(p -> p != page).map(BrowserPage::peerId).toList();
    }

    /**
     * Waits until {@code page} decodes video (frames growing, width > 0) and receives audio
     * (packets and samples growing) from every peer in {@code peerIds}, per its own stats.
     */
    private static void awaitMediaFromAll(BrowserPage page, List<String> peerIds) {
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
    private static Map<String, Long> joinToFirstFrameMillis(BrowserPage page, List<String> peerIds) {
        long started = page.eventTime("joinStartedAt");
        return peerIds.stream().collect(Collectors.toMap(id -> id,
                id -> page.eventTime("firstFrameAt['" + id + "']") - started));
    }
}
