package org.vtp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The join page in real headless Chromium, served by {@link StaticWebServer} (no signalling):
 * it loads cleanly, asks for a name, validates it, and reports an unreachable server instead
 * of hanging.
 */
class JoinPageIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

    private StaticWebServer web;
    private ChromiumPage page;

    @BeforeEach
    void start() throws Exception {
        web = StaticWebServer.start(Map.of());
        page = screenshots.watch(ChromiumPage.launch("join-page"));
    }

    /** The page looks the code up before it shows the form: wait for it, bounded. */
    private void awaitNameForm() {
        page.awaitUntil(Duration.ofSeconds(10), "the name form is shown",
                () -> page.element(By.id("join-form")).isDisplayed());
    }

    @AfterEach
    void stop() {
        try {
            page.close();
        } finally {
            web.close();
        }
    }

    @Test
    void withoutANameThePageAsksForOneAndLoadsWithoutErrors() {
        page.open(web.baseUrl() + "/join/physics-101");
        awaitNameForm();

        assertThat(page.element(By.id("room-name")).getText()).isEqualTo("physics-101");
        assertThat(page.js("return typeof io === 'function' && typeof VtpClient === 'function';")).isEqualTo(true);
        assertThat(page.consoleErrors()).isEmpty();
        assertThat(page.pageErrors()).isEmpty();
        page.screenshot("name-form");
    }

    @Test
    void aBlankNameIsRefusedWithAMessageAndNothingIsJoined() {
        page.open(web.baseUrl() + "/join/physics-101");
        awaitNameForm();

        page.element(By.id("name-input")).sendKeys("   ");
        page.element(By.id("join-button")).click();

        assertThat(page.element(By.id("name-error")).isDisplayed()).isTrue();
        assertThat(page.element(By.id("join-form")).isDisplayed()).isTrue();
        assertThat(page.js("return !!window.vtp;")).isEqualTo(false);
        assertThat(page.connectionState()).isEqualTo("idle");
    }

    @Test
    void aJoinLinkWithAnInvalidRoomSaysSo() {
        page.open(web.baseUrl() + "/join/no%20spaces%20please?name=Ann");

        assertThat(page.element(By.id("notice")).getText()).contains("not valid");
        assertThat(page.js("return !!window.vtp;")).isEqualTo(false);
    }

    @Test
    void anUnreachableSignallingServerIsReportedInsteadOfHanging() {
        page.open(web.baseUrl() + "/join/physics-101?name=Ann&media=none");

        page.awaitUntil(TIMEOUT, "the page reports the failed join",
                () -> "failed".equals(page.connectionState()));
        assertThat(page.element(By.id("notice")).getText()).contains("Could not join");
        assertThat(page.js("return window.vtp.state;")).isEqualTo("failed");
    }

    @Test
    void aTypedNameJoinsAndIsKeptInTheAddress() {
        page.open(web.baseUrl() + "/join/physics-101?media=none");
        awaitNameForm();

        page.element(By.id("name-input")).sendKeys("  Ann Lee ");
        page.element(By.id("join-button")).click();

        page.awaitUntil(TIMEOUT, "joining started", () -> Boolean.TRUE.equals(page.js("return !!window.vtp;")));
        assertThat(page.element(By.id("join-form")).isDisplayed()).isFalse();
        assertThat((String) page.js("return location.search;")).contains("name=Ann+Lee");
        assertThat(page.remoteTilePeerIds()).isEmpty();
        assertThat(page.element(By.cssSelector(".tile[data-local='true'] .name")).getText()).isEqualTo("Ann Lee (you)");
    }
}
