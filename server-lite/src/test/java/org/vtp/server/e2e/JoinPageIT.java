package org.vtp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;

/**
 * The join page in real headless Chromium and Firefox, served by {@link StaticWebServer} (no signalling):
 * it loads cleanly, asks for a name, validates it, and reports an unreachable server instead
 * of hanging.
 */
class JoinPageIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

    private StaticWebServer web;
    private BrowserPage page;

    @BeforeEach
    void start() throws Exception {
        web = StaticWebServer.start(Map.of());
    }

    private void launch(Engine engine) {
        page = screenshots.watch(engine.launch("join-page"));
    }

    /** The page looks the code up before it shows the form: wait for it, bounded. */
    private void awaitNameForm() {
        page.awaitUntil(Duration.ofSeconds(10), "the name form is shown",
                () -> page.isDisplayed("#join-form"));
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
    void withoutANameThePageAsksForOneAndLoadsWithoutErrors(Engine engine) {
        launch(engine);
        page.open(web.baseUrl() + "/join/physics-101");
        awaitNameForm();

        assertThat(page.visibleText("#room-name")).isEqualTo("physics-101");
        assertThat(page.js("return typeof io === 'function' && typeof VtpClient === 'function';")).isEqualTo(true);
        assertThat(page.consoleErrors()).isEmpty();
        assertThat(page.pageErrors()).isEmpty();
        page.screenshot("name-form");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBlankNameIsRefusedWithAMessageAndNothingIsJoined(Engine engine) {
        launch(engine);
        page.open(web.baseUrl() + "/join/physics-101");
        awaitNameForm();

        page.type("#name-input", "   ");
        page.click("#join-button");

        assertThat(page.isDisplayed("#name-error")).isTrue();
        assertThat(page.isDisplayed("#join-form")).isTrue();
        assertThat(page.js("return !!window.vtp;")).isEqualTo(false);
        assertThat(page.connectionState()).isEqualTo("idle");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aJoinLinkWithAnInvalidRoomSaysSo(Engine engine) {
        launch(engine);
        page.open(web.baseUrl() + "/join/no%20spaces%20please?name=Ann");

        assertThat(page.visibleText("#notice")).contains("not valid");
        assertThat(page.js("return !!window.vtp;")).isEqualTo(false);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anUnreachableSignallingServerIsReportedInsteadOfHanging(Engine engine) {
        launch(engine);
        page.open(web.baseUrl() + "/join/physics-101?name=Ann&media=none");

        page.awaitUntil(TIMEOUT, "the page reports the failed join",
                () -> "failed".equals(page.connectionState()));
        assertThat(page.visibleText("#notice")).contains("Could not join");
        assertThat(page.js("return window.vtp.state;")).isEqualTo("failed");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTypedNameJoinsAndIsKeptInTheAddress(Engine engine) {
        launch(engine);
        page.open(web.baseUrl() + "/join/physics-101?media=none");
        awaitNameForm();

        page.type("#name-input", "  Ann Lee ");
        page.click("#join-button");

        page.awaitUntil(TIMEOUT, "joining started", () -> Boolean.TRUE.equals(page.js("return !!window.vtp;")));
        assertThat(page.isDisplayed("#join-form")).isFalse();
        assertThat((String) page.js("return location.search;")).contains("name=Ann+Lee");
        assertThat(page.remoteTilePeerIds()).isEmpty();
        assertThat(page.visibleText(".tile[data-local='true'] .name")).isEqualTo("Ann Lee (you)");
    }
}
