package org.vtp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;
import org.vtp.server.e2e.browser.InboundStats;

/**
 * The real browser client against {@link FakeSignalling} (protocol answered in the page, a second
 * RTCPeerConnection as SFU): offers, mids, trickle ICE, consumers grouped by peer, tiles, stats,
 * mute and producerClosed renegotiation, in real headless Chromium and Firefox.
 */
class ClientNegotiationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

    private StaticWebServer web;
    private BrowserPage page;

    @BeforeEach
    void serve() throws Exception {
        web = StaticWebServer.start(Map.of("/static/socket.io.min.js", FakeSignalling.SCRIPT));
    }

    private void joinTheFakeRoom(Engine engine) {
        page = screenshots.watch(engine.launch("fake-sfu"));
        page.open(web.baseUrl() + "/join/physics-101?name=Ann");
        page.awaitUntil(TIMEOUT, "connected", () -> "connected".equals(page.connectionState()));
    }

    @AfterEach
    void stop() {
        try {
            if (page != null) {
                page.close();
            }
        } finally {
            web.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theClientNamesEveryMidAndDecodesVideoFromBothPeers(Engine engine) {
        joinTheFakeRoom(engine);
        page.awaitUntil(TIMEOUT, "frames from Bob and Cleo", () -> {
            List<InboundStats> stats = page.inboundStats();
            return stats.size() == 2 && stats.stream().allMatch(s -> s.framesDecoded() > 5 && s.frameWidth() > 0);
        });

        assertThat(page.remoteTilePeerIds()).containsExactlyInAnyOrder("p-bob", "p-cleo");
        assertThat(page.js("return Object.values(window.fakeSfu.mids);")).asInstanceOf(
                LIST)
                .containsExactlyInAnyOrder("me-audio", "me-video", "c-bob-video", "c-cleo-video");
        assertThat(page.inboundStats()).extracting(InboundStats::peerId).containsExactlyInAnyOrder("p-bob", "p-cleo");
        page.awaitUntil(TIMEOUT, "first frames recorded",
                () -> page.eventTime("firstFrameAt['p-bob']") > 0 && page.eventTime("firstFrameAt['p-cleo']") > 0);
        assertThat(page.pageErrors()).isEmpty();
        assertThat(page.consoleErrors()).isEmpty();
        page.screenshot("grid");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void muteTellsTheRoomAndMarksTheOwnTile(Engine engine) {
        joinTheFakeRoom(engine);
        page.click("#mic-button");

        page.awaitUntil(TIMEOUT, "pause-producer sent",
                () -> ((List<?>) page.js("return window.fakeSfu.log;")).contains("pause-producer"));
        page.awaitUntil(TIMEOUT, "button shows unmute", () -> "Unmute mic".equals(page.visibleText("#mic-button")));
        assertThat(page.attribute(".tile[data-local='true']", "class")).contains("mic-off");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aClosedProducerAndALeavingPeerRemoveTheTileAndRenegotiate(Engine engine) {
        joinTheFakeRoom(engine);
        page.awaitUntil(TIMEOUT, "Cleo's track arrived", () -> page.inboundStats().size() == 2);
        page.js("window.fakeSfu.socket.fire('producerClosed', {producerId: 'cleo-video', peerId: 'p-cleo'});"
                + "window.fakeSfu.socket.fire('peerLeft', {peerId: 'p-cleo'});");

        page.awaitUntil(TIMEOUT, "Cleo's tile is gone", () -> page.remoteTilePeerIds().equals(List.of("p-bob")));
        page.awaitUntil(TIMEOUT, "an offer without Cleo's consumer",
                () -> !((Map<?, ?>) page.js("return window.fakeSfu.mids;")).containsValue("c-cleo-video"));
        assertThat(page.inboundStats()).extracting(InboundStats::peerId).containsExactly("p-bob");
        assertThat(page.connectionState()).isEqualTo("connected");
        assertThat(page.pageErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeletedClassShowsItsFinalStateStopsAllMediaAndTheDisconnectIsNoFailure(Engine engine) {
        joinTheFakeRoom(engine);
        page.awaitUntil(TIMEOUT, "both tracks arrived", () -> page.inboundStats().size() == 2);

        page.js("window.fakeSfu.socket.fire('roomClosed', {reason: 'deleted'});"
                + "window.fakeSfu.socket.connected = false; window.fakeSfu.socket.fire('disconnect', 'io server disconnect');");

        page.awaitUntil(TIMEOUT, "the ended panel shows", () -> page.isDisplayed("#ended-panel"));
        assertThat(page.text("ended-text")).isEqualTo("This class was deleted.");
        assertThat(page.connectionState()).isEqualTo("ended");
        assertThat(page.js("const c = window.vtp; return [...c.producers.values(), ...c.consumers.values()]"
                + ".every(x => !x.track || x.track.readyState === 'ended') && c.pc.connectionState === 'closed';"))
                .isEqualTo(true);
        assertThat(page.remoteTilePeerIds()).isEmpty();
        assertThat(page.isDisplayed("#controls")).isFalse();
        assertThat(page.js("return window.fakeSfu.log;")).asInstanceOf(LIST).doesNotContain("leave-room");
        assertThat(page.pageErrors()).isEmpty();
    }
}
