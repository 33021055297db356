package org.vtp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;
import org.vtp.server.e2e.browser.InboundStats;

/**
 * A class on the {@link E2eServer} with real browsers in it, as users make one: the teacher signs
 * in on the sign-in page, creates the class there and follows its link; students open the link
 * with a name and join as guests. Each participant's browser is chosen per call, so a class can
 * mix Chromium and Firefox. Owns its pages and closes them.
 */
final class BrowserClassroom implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final E2eServer server;
    private final ScreenshotOnFailure screenshots;
    private final List<BrowserPage> pages = new ArrayList<>();

    /** A class the teacher created and joined: its name, live room id, join code and the teacher's page. */
    record OpenClass(String className, String roomId, String code, BrowserPage teacher) {
    }

    BrowserClassroom(E2eServer server, ScreenshotOnFailure screenshots) {
        this.server = server;
        this.screenshots = screenshots;
    }

    /**
     * The teacher opens the server's home ({@code GET /} → sign-in page) in {@code engine}, signs in
     * with the stored account, creates a guest-friendly class on the page ({@code POST /api/v1/rooms})
     * and follows its join link; the join page joins with the access token of the tab.
     */
    OpenClass teacherOpensClass(Engine engine, String className) {
        BrowserPage teacher = launch(engine, className + "-Teacher");
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

    /** A student opens the class's link in {@code engine} with a name: it joins as a guest at once. */
    BrowserPage guest(Engine engine, OpenClass open, String name, String media) {
        BrowserPage page = launch(engine, open.className() + "-" + name);
        page.open(server.guestJoinUrl(open.code(), name, media));
        awaitJoinedAs(page, name, "guest");
        return page;
    }

    /** Joined, and the top bar shows who the page is: name and role from the server's answer. */
    static void awaitJoinedAs(BrowserPage page, String name, String role) {
        page.awaitUntil(TIMEOUT, "joined the room", () -> page.peerId() != null);
        page.awaitUntil(TIMEOUT, "the top bar shows " + name + " (" + role + ")", () -> page.isDisplayed("#who")
                && name.equals(page.text("who-name")) && role.equals(page.text("who-role")));
    }

    BrowserPage launch(Engine engine, String label) {
        BrowserPage page = screenshots.watch(engine.launch(label));
        pages.add(page);
        return page;
    }

    /** Text of a part of a remote tile ({@code .name}, {@code .role}, {@code .remove}), or null. */
    static String tileText(BrowserPage page, String peerId, String part) {
        return (String) page.js("const tile = document.querySelector('#grid .tile[data-peer-id=\"' + arguments[0] + '\"]');"
                + " const e = tile && tile.querySelector(arguments[1]); return e ? e.textContent : null;", peerId, part);
    }

    static List<String> otherPeerIds(BrowserPage page, List<BrowserPage> all) {
        return all.stream().filter(p -> p != page).map(BrowserPage::peerId).toList();
    }

    /**
     * Waits until {@code page} decodes video (frames growing, width > 0) and receives audio
     * (packets and samples growing) from every peer in {@code peerIds}, per its own stats.
     */
    static void awaitMediaFromAll(BrowserPage page, List<String> peerIds) {
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

    /** Every page in {@code all} decodes video and receives audio from every other page. */
    static void awaitEveryoneReceivesEveryone(List<BrowserPage> all) {
        for (BrowserPage page : all) {
            awaitMediaFromAll(page, otherPeerIds(page, all));
        }
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
    static Map<String, Long> joinToFirstFrameMillis(BrowserPage page, List<String> peerIds) {
        long started = page.eventTime("joinStartedAt");
        return peerIds.stream().collect(Collectors.toMap(id -> id,
                id -> page.eventTime("firstFrameAt['" + id + "']") - started));
    }

    @Override
    public void close() {
        pages.forEach(BrowserPage::close);
        pages.clear();
    }
}
