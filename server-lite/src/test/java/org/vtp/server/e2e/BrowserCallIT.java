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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
    private final List<ChromiumPage> pages = new ArrayList<>();

    /** A class the teacher created and joined: its live room id, join code and the teacher's page. */
    private record OpenClass(String roomId, String code, ChromiumPage teacher) {
    }

    @BeforeEach
    void startServer() throws Exception {
        server = E2eServer.start();
        api = new RoomApi(server.baseUrl(), server.teacherToken());
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
    void theTeacherAndTwoGuestsEachDecodeVideoAndReceiveAudioFromBothOthers() {
        OpenClass trio = teacherOpensClass("Trio");
        List<ChromiumPage> all = List.of(trio.teacher(), guest(trio, "Ann", "both"), guest(trio, "Ben", "both"));

        for (ChromiumPage page : all) {
            awaitMediaFromAll(page, otherPeerIds(page, all));
        }
        all.forEach(page -> System.out.printf("[e2e] %s: join -> first decoded frame of each peer %s ms%n",
                page.label(), joinToFirstFrameMillis(page, otherPeerIds(page, all))));
        all.forEach(page -> assertThat(page.pageErrors()).as(page.label() + " errors").isEmpty());
    }

    @Test
    void everyPageShowsNamesAndRolesAndOnlyTheTeacherCanRemove() {
        OpenClass names = teacherOpensClass("Names");
        ChromiumPage ann = guest(names, "Ann", "both");

        String teacherPeer = names.teacher().peerId();
        ann.awaitUntil(TIMEOUT, "the teacher's tile shows name and role", () ->
                "Tom Teacher".equals(tileText(ann, teacherPeer, ".name")) && "teacher".equals(tileText(ann, teacherPeer, ".role")));
        names.teacher().awaitUntil(TIMEOUT, "Ann's tile shows name, role and Remove", () ->
                "Ann".equals(tileText(names.teacher(), ann.peerId(), ".name"))
                        && "guest".equals(tileText(names.teacher(), ann.peerId(), ".role"))
                        && "Remove".equals(tileText(names.teacher(), ann.peerId(), ".remove")));
        assertThat(ann.elements(By.cssSelector("#grid .remove"))).as("guests cannot remove").isEmpty();
        assertThat(ann.element(By.id("lock-button")).isDisplayed()).as("guests cannot lock").isFalse();
        assertThat(names.teacher().element(By.id("lock-button")).isDisplayed()).isTrue();
    }

    @Test
    void aStudentWhoLeavesDisappearsFromTheOthersAndFromTheRoomApi() {
        OpenClass leave = teacherOpensClass("Leave");
        List<ChromiumPage> trio = List.of(leave.teacher(), guest(leave, "Ann", "both"), guest(leave, "Cleo", "both"));
        ChromiumPage leaver = trio.get(2);
        String leaverId = leaver.peerId();
        for (ChromiumPage page : trio) {
            awaitMediaFromAll(page, otherPeerIds(page, trio));
        }
        List<String> leaverProducers = api.producerIdsOf(leave.roomId(), leaverId);
        assertThat(leaverProducers).as("producers of the leaver before leaving").hasSize(2);

        leaver.element(By.id("leave-button")).click();

        for (ChromiumPage page : trio.subList(0, 2)) {
            page.awaitUntil(TIMEOUT, "the tile of " + leaverId + " is gone",
                    () -> !page.remoteTilePeerIds().contains(leaverId));
        }
        trio.get(0).awaitUntil(TIMEOUT, "the room API no longer lists the leaver or its media",
                () -> !api.participantIds(leave.roomId()).contains(leaverId)
                        && api.producerIdsInUse(leave.roomId()).stream().noneMatch(leaverProducers::contains));
        assertThat(api.participantIds(leave.roomId())).hasSize(2);
        assertThat(leaver.connectionState()).isEqualTo("closed");
    }

    @Test
    void aListenOnlyStudentReceivesBothSpeakers() {
        OpenClass listen = teacherOpensClass("Listen");
        List<ChromiumPage> speakers = List.of(listen.teacher(), guest(listen, "Ann", "both"));
        ChromiumPage listener = guest(listen, "Lea", "none");
        List<String> speakerIds = speakers.stream().map(ChromiumPage::peerId).toList();

        awaitMediaFromAll(listener, speakerIds);
        System.out.printf("[e2e] listen-only %s: join -> first decoded frame %s ms%n",
                listener.label(), joinToFirstFrameMillis(listener, speakerIds));
        for (ChromiumPage speaker : speakers) {
            speaker.awaitUntil(TIMEOUT, "shows the listener", () -> speaker.remoteTilePeerIds().contains(listener.peerId()));
        }
        assertThat(api.producerIdsOf(listen.roomId(), listener.peerId())).isEmpty();
    }

    @Test
    void whenTheHostStopsTheServerEveryPageShowsTheClassEndedAndStopsItsMedia() {
        Assumptions.assumeTrue(server.embedded(), "needs the server in this JVM");
        OpenClass ending = teacherOpensClass("Ending");
        ChromiumPage ann = guest(ending, "Ann", "both");
        List<ChromiumPage> both = List.of(ending.teacher(), ann);
        awaitMediaFromAll(ann, List.of(ending.teacher().peerId()));
        long stopStartedAt = System.currentTimeMillis();

        Duration stop = server.stopServer();

        for (ChromiumPage page : both) {
            page.awaitUntil(Duration.ofSeconds(5), "the page shows the class ended", () ->
                    "ended".equals(page.connectionState()) && page.element(By.id("ended-panel")).isDisplayed());
            assertThat(page.text("ended-text")).isEqualTo("The host ended the class.");
            assertThat(page.js("return window.vtp.state;")).isEqualTo("ended");
            assertThat(page.js(ALL_TRACKS_ENDED)).as(page.label() + ": own and received tracks stopped").isEqualTo(true);
            assertThat(page.js("return window.vtp.pc.connectionState;")).isEqualTo("closed");
            assertThat(page.element(By.id("controls")).isDisplayed()).isFalse();
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
        ChromiumPage teacher = launch(className + "-Teacher");
        teacher.open(server.homeUrl());
        teacher.awaitUntil(TIMEOUT, "the sign-in form shows", () -> teacher.element(By.id("signin-form")).isDisplayed());
        teacher.element(By.id("email-input")).sendKeys(server.teacherEmail());
        teacher.element(By.id("password-input")).sendKeys(server.teacherPassword());
        teacher.element(By.id("signin-button")).click();
        teacher.awaitUntil(TIMEOUT, "signed in as a teacher", () -> teacher.element(By.id("create-form")).isDisplayed());
        assertThat(teacher.text("who-name")).isEqualTo(E2eServer.TEACHER_NAME);
        assertThat(teacher.text("who-role")).isEqualTo("teacher");

        teacher.element(By.id("class-name-input")).sendKeys(className);
        teacher.element(By.id("create-button")).click();
        teacher.awaitUntil(TIMEOUT, "the new class is listed", () -> !teacher.elements(By.cssSelector("a.join-link")).isEmpty());
        WebElement link = teacher.element(By.cssSelector("a.join-link"));
        assertThat(link.getText()).isEqualTo(className);
        String roomId = link.getAttribute("data-room-id");
        String href = link.getAttribute("href");
        String code = href.substring(href.lastIndexOf('/') + 1);
        link.click();

        awaitJoinedAs(teacher, E2eServer.TEACHER_NAME, "teacher");
        assertThat(teacher.js("return window.vtp.roomId;")).isEqualTo(roomId);
        assertThat(teacher.text("room-name")).isEqualTo(className);
        return new OpenClass(roomId, code, teacher);
    }

    /** A student opens the class's link with a name: it joins as a guest at once. */
    private ChromiumPage guest(OpenClass open, String name, String media) {
        ChromiumPage page = launch(open.teacher().label().replace("-Teacher", "-" + name));
        page.open(server.guestJoinUrl(open.code(), name, media));
        awaitJoinedAs(page, name, "guest");
        return page;
    }

    @Test
    void aListenOnlyStudentKeepsReceivingAfterEveryoneItWatchedLeft() {
        OpenClass stay = teacherOpensClass("Stay");
        List<ChromiumPage> speakers = List.of(stay.teacher(), guest(stay, "Ann", "both"));
        ChromiumPage listener = guest(stay, "Lea", "none");
        awaitMediaFromAll(listener, speakers.stream().map(ChromiumPage::peerId).toList());

        // One of them fed the listener's first m-section, the BUNDLE tag: it must be parked, not
        // stopped, or the page's media moves to a new transport that the SFU refuses.
        for (ChromiumPage speaker : speakers) {
            String leaverId = speaker.peerId();
            speaker.element(By.id("leave-button")).click();
            listener.awaitUntil(TIMEOUT, "the tile of " + leaverId + " is gone",
                    () -> !listener.remoteTilePeerIds().contains(leaverId));
        }
        ChromiumPage newcomer = guest(stay, "Bo", "both");

        awaitMediaFromAll(listener, List.of(newcomer.peerId()));
        assertThat(listener.connectionState()).isEqualTo("connected");
    }

    /**
     * Makes a page an H.264-only client (like Safari on an older iPad): every video transceiver the
     * client adds offers only H.264 packetization-mode 1, constrained baseline.
     */
    private static final String H264_ONLY = """
            const addTransceiver = RTCPeerConnection.prototype.addTransceiver;
            RTCPeerConnection.prototype.addTransceiver = function (...args) {
              const transceiver = addTransceiver.apply(this, args);
              if (transceiver.receiver.track.kind === 'video') {
                transceiver.setCodecPreferences(RTCRtpReceiver.getCapabilities('video').codecs.filter(c =>
                    c.mimeType === 'video/H264' && /packetization-mode=1/.test(c.sdpFmtpLine)
                    && /profile-level-id=42e01f/.test(c.sdpFmtpLine)));
              }
              return transceiver;
            };
            """;

    @Test
    void anH264OnlyStudentAndTheTeacherDecodeEachOtherInH264() {
        OpenClass open = teacherOpensClass("H264");
        ChromiumPage ipad = launch("H264-Ipad");
        ipad.beforeEveryDocument(H264_ONLY);
        ipad.open(server.guestJoinUrl(open.code(), "Ipad", "both"));
        awaitJoinedAs(ipad, "Ipad", "guest");
        List<ChromiumPage> both = List.of(open.teacher(), ipad);

        for (ChromiumPage page : both) {
            awaitMediaFromAll(page, otherPeerIds(page, both));
            assertThat(page.receivedVideoCodecs()).as(page.label() + " decodes").containsOnly("video/H264");
            System.out.printf("[e2e] %s: join -> first decoded frame %s ms%n", page.label(),
                    joinToFirstFrameMillis(page, otherPeerIds(page, both)));
        }
        both.forEach(page -> assertThat(page.pageErrors()).as(page.label() + " errors").isEmpty());
    }

    /** Joined, and the top bar shows who the page is: name and role from the server's answer. */
    private static void awaitJoinedAs(ChromiumPage page, String name, String role) {
        page.awaitUntil(TIMEOUT, "joined the room", () -> page.peerId() != null);
        page.awaitUntil(TIMEOUT, "the top bar shows " + name + " (" + role + ")", () -> page.element(By.id("who")).isDisplayed()
                && name.equals(page.text("who-name")) && role.equals(page.text("who-role")));
    }

    private ChromiumPage launch(String label) {
        ChromiumPage page = screenshots.watch(ChromiumPage.launch(label));
        pages.add(page);
        return page;
    }

    /** Text of a part of a remote tile ({@code .name}, {@code .role}, {@code .remove}), or null. */
    private static String tileText(ChromiumPage page, String peerId, String part) {
        Object text = page.js("const tile = document.querySelector('#grid .tile[data-peer-id=\"' + arguments[0] + '\"]');"
                + " const e = tile && tile.querySelector(arguments[1]); return e ? e.textContent : null;", peerId, part);
        return (String) text;
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
