package org.vtp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import static org.vtp.server.e2e.BrowserClassroom.TIMEOUT;
import static org.vtp.server.e2e.BrowserClassroom.awaitEveryoneReceivesEveryone;
import static org.vtp.server.e2e.BrowserClassroom.awaitMediaFromAll;
import static org.vtp.server.e2e.BrowserClassroom.joinToFirstFrameMillis;
import static org.vtp.server.e2e.BrowserClassroom.otherPeerIds;
import static org.vtp.server.e2e.BrowserClassroom.tileText;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vtp.server.e2e.BrowserClassroom.OpenClass;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;

/**
 * Real calls on the production setup: the VTP server (accounts store, signalling, SFU) embedded on
 * loopback ({@link BrowserClassroom}), every page in the same browser: each test runs in Chromium
 * and in Firefox. Each page is checked from its own receive statistics; mixed classes are in
 * {@link BrowserInteropIT}.
 */
class BrowserCallIT {

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

    private E2eServer server;
    private RoomApi api;
    private BrowserClassroom classroom;

    @BeforeEach
    void startServer() throws Exception {
        server = E2eServer.start();
        api = new RoomApi(server.baseUrl(), server.teacherToken());
        classroom = new BrowserClassroom(server, screenshots);
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            if (classroom != null) {
                classroom.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theTeacherAndTwoGuestsEachDecodeVideoAndReceiveAudioFromBothOthers(Engine engine) {
        OpenClass trio = classroom.teacherOpensClass(engine, "Trio");
        List<BrowserPage> all = List.of(trio.teacher(), classroom.guest(engine, trio, "Ann", "both"),
                classroom.guest(engine, trio, "Ben", "both"));

        awaitEveryoneReceivesEveryone(all);
        all.forEach(page -> System.out.printf("[e2e] %s: join -> first decoded frame of each peer %s ms%n",
                page.label(), joinToFirstFrameMillis(page, otherPeerIds(page, all))));
        all.forEach(page -> assertThat(page.pageErrors()).as(page.label() + " errors").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyPageShowsNamesAndRolesAndOnlyTheTeacherCanRemove(Engine engine) {
        OpenClass names = classroom.teacherOpensClass(engine, "Names");
        BrowserPage ann = classroom.guest(engine, names, "Ann", "both");

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
        OpenClass leave = classroom.teacherOpensClass(engine, "Leave");
        List<BrowserPage> trio = List.of(leave.teacher(), classroom.guest(engine, leave, "Ann", "both"),
                classroom.guest(engine, leave, "Cleo", "both"));
        BrowserPage leaver = trio.get(2);
        String leaverId = leaver.peerId();
        awaitEveryoneReceivesEveryone(trio);
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
        OpenClass listen = classroom.teacherOpensClass(engine, "Listen");
        List<BrowserPage> speakers = List.of(listen.teacher(), classroom.guest(engine, listen, "Ann", "both"));
        BrowserPage listener = classroom.guest(engine, listen, "Lea", "none");
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
        Assumptions.assumeTrue(server.embedded(), "needs the server in this JVM");
        OpenClass ending = classroom.teacherOpensClass(engine, "Ending");
        BrowserPage ann = classroom.guest(engine, ending, "Ann", "both");
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

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aListenOnlyStudentKeepsReceivingAfterEveryoneItWatchedLeft(Engine engine) {
        OpenClass stay = classroom.teacherOpensClass(engine, "Stay");
        List<BrowserPage> speakers = List.of(stay.teacher(), classroom.guest(engine, stay, "Ann", "both"));
        BrowserPage listener = classroom.guest(engine, stay, "Lea", "none");
        awaitMediaFromAll(listener, speakers.stream().map(BrowserPage::peerId).toList());

        // One of them fed the listener's first m-section, the BUNDLE tag: it must be parked, not
        // stopped, or the page's media moves to a new transport that the SFU refuses.
        for (BrowserPage speaker : speakers) {
            String leaverId = speaker.peerId();
            speaker.click("#leave-button");
            listener.awaitUntil(TIMEOUT, "the tile of " + leaverId + " is gone",
                    () -> !listener.remoteTilePeerIds().contains(leaverId));
        }
        BrowserPage newcomer = classroom.guest(engine, stay, "Bo", "both");

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

    /** Chromium only: Debian's Firefox ESR has no H.264 (an H.264-only class is a Chromium/Safari one). */
    @Test
    void anH264OnlyStudentAndTheTeacherDecodeEachOtherInH264() {
        OpenClass open = classroom.teacherOpensClass(Engine.CHROMIUM, "H264");
        BrowserPage ipad = classroom.launch(Engine.CHROMIUM, "H264-Ipad");
        ipad.beforeEveryDocument(H264_ONLY);
        ipad.open(server.guestJoinUrl(open.code(), "Ipad", "both"));
        BrowserClassroom.awaitJoinedAs(ipad, "Ipad", "guest");
        List<BrowserPage> both = List.of(open.teacher(), ipad);

        for (BrowserPage page : both) {
            awaitMediaFromAll(page, otherPeerIds(page, both));
            assertThat(page.receivedVideoCodecs()).as(page.label() + " decodes").containsOnly("video/H264");
            System.out.printf("[e2e] %s: join -> first decoded frame %s ms%n", page.label(),
                    joinToFirstFrameMillis(page, otherPeerIds(page, both)));
        }
        both.forEach(page -> assertThat(page.pageErrors()).as(page.label() + " errors").isEmpty());
    }
}
