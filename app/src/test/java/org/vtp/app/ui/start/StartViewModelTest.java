package org.vtp.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vtp.app.ui.service.FakeCallService;
import org.vtp.app.ui.service.FakeHostingService;
import org.vtp.app.ui.service.FakeServerCheck;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.RecordingNavigator;
import org.vtp.app.ui.service.Settings;
import org.vtp.client.signalling.ServerReach;
import org.vtp.client.signalling.SignallingException;
import org.vtp.client.tls.PresentedCertificate;

class StartViewModelTest {
    private static final PresentedCertificate CERT = new PresentedCertificate("3f2a91c077de4b18" + "0".repeat(48));
    private final FakeHostingService hosting = new FakeHostingService();
    private final FakeCallService calls = new FakeCallService();
    private final FakeSettingsStore store = new FakeSettingsStore(
            new Settings(List.of("https://10.0.0.5:8443", "https://10.0.0.9"), "Ada", Optional.of("cam0"), Optional.empty()));
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final FakeServerCheck servers = new FakeServerCheck();
    private final StartViewModel model = new StartViewModel(hosting, calls, servers, store, navigator, Runnable::run);

    @Test
    void startsWithTheLastNameAndTheRecentServers() {
        assertThat(model.nameProperty().get()).isEqualTo("Ada");
        assertThat(model.recentServers()).containsExactly("https://10.0.0.5:8443", "https://10.0.0.9");
        assertThat(model.serverProperty().get()).isEqualTo("https://10.0.0.5:8443");
    }

    @Test
    void hostingPassesNameAndGuestFlagAndShowsTheHostingPanel() {
        model.classNameProperty().set("  Physics 7B ");
        model.allowGuestsProperty().set(false);

        model.host();

        assertThat(hosting.hosted).containsExactly("Physics 7B");
        assertThat(hosting.guests).containsExactly(false);
        assertThat(navigator.screens).containsExactly("hosting");
        assertThat(navigator.hosted).isEqualTo(FakeHostingService.CLASS);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aHostingFailureStaysOnTheScreenWithTheReason() {
        hosting.next = CompletableFuture.failedFuture(new IllegalStateException("port 8443 is in use"));

        model.host();

        assertThat(navigator.screens).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Could not host: port 8443 is in use");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void whileHostingIsStartingTheButtonsAreBusy() {
        hosting.next = new CompletableFuture<>();
        model.joinLinkProperty().set("https://h/join/x");

        model.host();
        model.host();

        assertThat(hosting.hosted).hasSize(1);
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.canJoinBinding().get()).isFalse();
    }

    @Test
    void joiningByLinkUsesTheLinkAndTheDefaultDevicesAndRemembersServerAndName() {
        model.joinLinkProperty().set("https://192.168.1.20:8443/join/physics-7b");
        model.nameProperty().set(" Grace ");

        model.join();

        assertThat(calls.requests).hasSize(1);
        var request = calls.requests.get(0);
        assertThat(request.target().code()).isEqualTo("physics-7b");
        assertThat(request.displayName()).isEqualTo("Grace");
        assertThat(request.media().cameraId()).contains("cam0");
        assertThat(navigator.screens).containsExactly("call");
        assertThat(store.settings.lastName()).isEqualTo("Grace");
        assertThat(store.settings.recentServers()).first().isEqualTo("https://192.168.1.20:8443");
        assertThat(model.recentServers()).first().isEqualTo("https://192.168.1.20:8443");
    }

    @Test
    void joiningByServerAndCodeWorksWhenNoLinkIsGiven() {
        model.serverProperty().set("10.0.0.7:9000");
        model.codeProperty().set("maths");

        model.join();

        assertThat(servers.checks).singleElement().satisfies(check -> {
            assertThat(check.origin()).isEqualTo(URI.create("https://10.0.0.7:9000"));
            assertThat(check.schemeGiven()).as("https is only a guess for a bare address").isFalse();
        });
        assertThat(calls.requests.get(0).target().link().format()).isEqualTo("https://10.0.0.7:9000/join/maths");
        assertThat(store.settings.recentServers()).first().isEqualTo("https://10.0.0.7:9000");
    }

    @Test
    void aBareAddressOfAPlainHttpServerJoinsOverHttpAndIsRememberedWithHttp() {
        servers.next = CompletableFuture.completedFuture(
                new ServerReach.Reachable(URI.create("http://10.0.0.7:8080"), Optional.empty()));
        model.serverProperty().set("10.0.0.7:8080");
        model.codeProperty().set("maths");

        model.join();

        assertThat(calls.requests.get(0).target().link().format()).isEqualTo("http://10.0.0.7:8080/join/maths");
        assertThat(store.settings.recentServers()).first().isEqualTo("http://10.0.0.7:8080");
        assertThat(model.recentServers()).first().isEqualTo("http://10.0.0.7:8080");
    }

    @Test
    void anExplicitSchemeIsCheckedAsGiven() {
        model.serverProperty().set("http://10.0.0.7:8080");
        model.codeProperty().set("maths");

        model.join();

        assertThat(servers.checks).singleElement().satisfies(check -> assertThat(check.schemeGiven()).isTrue());
        assertThat(calls.requests.get(0).target().link().format()).isEqualTo("http://10.0.0.7:8080/join/maths");
    }

    @Test
    void anUnknownCertificateIsAskedAboutAndTrustingItJoinsPinnedToIt() {
        servers.next = CompletableFuture.completedFuture(
                new ServerReach.UnknownCertificate(URI.create("https://10.0.0.7:9000"), CERT));
        model.serverProperty().set("10.0.0.7:9000");
        model.codeProperty().set("maths");

        model.join();

        assertThat(calls.requests).as("nothing is joined before the user answers").isEmpty();
        assertThat(model.serverTrust().promptProperty().get().shortCode()).isEqualTo("3F2A 91C0 77DE 4B18");
        assertThat(model.busyProperty().get()).isTrue();

        model.serverTrust().trust();

        assertThat(calls.requests.get(0).target().link().fingerprintSha256()).contains(CERT.sha256Hex());
        assertThat(store.trusted).containsEntry("10.0.0.7:9000", CERT.sha256Hex());
        assertThat(navigator.screens).containsExactly("call");
    }

    @Test
    void decliningTheCertificateJoinsNothingAndSaysSo() {
        servers.next = CompletableFuture.completedFuture(
                new ServerReach.UnknownCertificate(URI.create("https://10.0.0.7:9000"), CERT));
        model.serverProperty().set("10.0.0.7:9000");
        model.codeProperty().set("maths");

        model.join();
        model.serverTrust().decline();

        assertThat(calls.requests).isEmpty();
        assertThat(store.trusted).isEmpty();
        assertThat(model.statusProperty().get())
                .isEqualTo("Could not join: you did not trust the certificate of 10.0.0.7:9000, so nothing was sent to it.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aServerThatCannotBeReachedIsExplainedInWords() {
        servers.next = CompletableFuture.failedFuture(SignallingException.unreachable(URI.create("https://10.0.0.7:9000"),
                new ConnectException("Failed to connect to /10.0.0.7:9000")));
        model.serverProperty().set("10.0.0.7:9000");
        model.codeProperty().set("maths");

        model.join();

        assertThat(model.statusProperty().get())
                .isEqualTo("Could not join: No VTP server answers at 10.0.0.7:9000 — is the class running?");
        assertThat(calls.requests).isEmpty();
    }

    @Test
    void joinIsDisabledAndExplainedUntilTargetAndNameAreValid() {
        model.serverProperty().set("");
        assertThat(model.canJoinBinding().get()).isFalse();
        assertThat(model.joinProblemBinding().get()).contains("Paste a join link, or enter a server address and a class code");

        model.joinLinkProperty().set("https://example.org/about");
        assertThat(model.joinProblemBinding().get()).contains("This is not a VTP join link");

        model.joinLinkProperty().set("https://example.org/join/x");
        model.nameProperty().set(" ");
        assertThat(model.joinProblemBinding().get()).contains("Enter your name");

        model.nameProperty().set("Ada");
        assertThat(model.canJoinBinding().get()).isTrue();
        assertThat(model.joinProblemBinding().get()).isEmpty();
    }

    @Test
    void anInvalidJoinSendsNothing() {
        model.serverProperty().set("");

        model.join();

        assertThat(calls.requests).isEmpty();
        assertThat(store.saves).isZero();
        assertThat(model.statusProperty().get()).isNotBlank();
    }

    @Test
    void aFailedJoinReportsTheReasonAndStays() {
        calls.next = CompletableFuture.failedFuture(new RuntimeException("connect failed: refused"));
        model.joinLinkProperty().set("https://h:1/join/x");

        model.join();

        assertThat(navigator.screens).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Could not join: connect failed: refused");
        assertThat(model.canJoinBinding().get()).isTrue();
    }

    @Test
    void settingsOpensTheSettingsScreen() {
        model.openSettings();

        assertThat(navigator.last()).isEqualTo("settings");
    }

    @Test
    void signingInAsksForEmailAndPasswordInsteadOfAName() {
        model.joinLinkProperty().set("https://192.168.1.20:8443/join/physics-7b");
        model.nameProperty().set("");
        model.signInProperty().set(true);
        assertThat(model.joinProblemBinding().get()).contains("Enter your email and password");

        model.emailProperty().set(" grace@school.example ");
        model.passwordProperty().set("correct horse battery");

        assertThat(model.canJoinBinding().get()).isTrue();
    }

    @Test
    void aSignedInJoinCarriesTheCredentialsForgetsThePasswordAndKeepsTheLastGuestName() {
        model.joinLinkProperty().set("https://192.168.1.20:8443/join/physics-7b");
        model.signInProperty().set(true);
        model.emailProperty().set("grace@school.example");
        model.passwordProperty().set("correct horse battery");

        model.join();

        var request = calls.requests.get(0);
        assertThat(request.account()).hasValueSatisfying(account -> {
            assertThat(account.email()).isEqualTo("grace@school.example");
            assertThat(account.password()).isEqualTo("correct horse battery");
            assertThat(account.toString()).doesNotContain("horse");
        });
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(store.load().lastName()).isEqualTo("Ada");
        assertThat(navigator.screens).containsExactly("call");
    }

    @Test
    void aRefusedSignInShowsTheServersWordsAndStays() {
        calls.next = CompletableFuture.failedFuture(
                new SignallingException("BAD_CREDENTIALS", "wrong email or password"));
        model.joinLinkProperty().set("https://192.168.1.20:8443/join/physics-7b");
        model.signInProperty().set(true);
        model.emailProperty().set("grace@school.example");
        model.passwordProperty().set("not the password");

        model.join();

        assertThat(model.statusProperty().get()).isEqualTo("Could not join: wrong email or password");
        assertThat(navigator.screens).isEmpty();
    }
}
