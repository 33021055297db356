package org.vtp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.server.e2e.BrowserClassroom.TIMEOUT;
import static org.vtp.server.e2e.BrowserClassroom.awaitMediaFromAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vtp.server.e2e.BrowserClassroom.OpenClass;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;
import org.vtp.server.e2e.capture.CapturedOffer;
import org.vtp.server.e2e.capture.GoldenOffers;

/**
 * The offers the real browser client makes, captured at the SFU in a real class: a publisher's
 * first offer and its renegotiations as others come and go, a listen-only student's offers before
 * and after a speaker left. Every offer must be answered,
 * and each is saved as golden SDP for the SFU's unit tests ({@link GoldenOffers}).
 */
class ClientOffersIT {

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

    private E2eServer server;
    private BrowserClassroom classroom;

    @BeforeEach
    void startServer() throws Exception {
        server = E2eServer.start();
        classroom = new BrowserClassroom(server, screenshots);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            classroom.close();
        } finally {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyOfferOfTheBrowserClientIsAnsweredAndKept(Engine engine) {
        Map<String, BrowserPage> roles = new LinkedHashMap<>();
        try {
            OpenClass open = classroom.teacherOpensClass(engine, "Offers");
            roles.put("teacher", open.teacher());
            BrowserPage ann = classroom.guest(engine, open, "Ann", "both");
            roles.put("student", ann);
            BrowserPage listener = classroom.guest(engine, open, "Lea", "none");
            roles.put("listener", listener);
            awaitMediaFromAll(listener, List.of(open.teacher().peerId(), ann.peerId()));
            ann.click("#leave-button");
            listener.awaitUntil(TIMEOUT, "Ann's tile is gone", () -> !listener.remoteTilePeerIds().contains(ann.peerId()));
            awaitMediaFromAll(listener, List.of(open.teacher().peerId()));
        } finally {
            // Kept also when the call fails: the offers are what explains it.
            String browser = engine.name().toLowerCase();
            roles.forEach((role, page) -> server.offers().offersOf(page.peerId())
                    .forEach(offer -> GoldenOffers.save(browser + "-" + role + "-" + offer.round(), offer)));
        }
        roles.forEach((role, page) -> {
            List<CapturedOffer> offers = server.offers().offersOf(page.peerId());
            assertThat(offers).as(role + "'s offers").isNotEmpty();
            assertThat(offers).as(role + "'s offers are all answered").allMatch(CapturedOffer::answered);
        });
        CapturedOffer first = server.offers().offersOf(roles.get("teacher").peerId()).get(0);
        assertThat(first.offer()).as("max-bundle: sections after the first are bundle-only in Firefox only")
                .satisfies(sdp -> assertThat(sdp.contains("a=bundle-only")).isEqualTo(engine == Engine.FIREFOX));
    }
}
