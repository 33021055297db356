package org.vtp.app.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vtp.app.ui.service.FakeServerCheck;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.Settings;
import org.vtp.client.signalling.ServerReach;
import org.vtp.client.tls.PresentedCertificate;

class ServerTrustFlowTest {
    private static final URI SERVER = URI.create("https://10.0.0.7:9000");
    private static final PresentedCertificate OLD = new PresentedCertificate("aa".repeat(32));
    private static final PresentedCertificate NEW = new PresentedCertificate("3f2a91c077de4b18" + "0".repeat(48));

    private final FakeServerCheck servers = new FakeServerCheck();
    private final FakeSettingsStore store = new FakeSettingsStore(Settings.empty());
    private final ServerTrustFlow flow = new ServerTrustFlow(servers, store, Runnable::run);
    private final JoinTarget bare = JoinTarget.fromServerAndCode("10.0.0.7:9000", "maths").orElseThrow();

    @Test
    void aCertificateTrustedBeforeIsCheckedUnderItsPinAndNotAskedAboutAgain() {
        store.trusted.put("10.0.0.7:9000", NEW.sha256Hex());

        JoinTarget ready = flow.prepare(bare, false).join();

        assertThat(servers.checks).singleElement().satisfies(c -> assertThat(c.pin()).contains(NEW.sha256Hex()));
        assertThat(ready.link().fingerprintSha256()).contains(NEW.sha256Hex());
        assertThat(flow.promptProperty().get()).isNull();
    }

    @Test
    void aJoinLinksFingerprintWinsAndIsRememberedForLaterJoinsByAddress() {
        JoinTarget linked = JoinTarget.fromLink("https://10.0.0.7:9000/join/maths#fp=" + NEW.sha256Hex()).orElseThrow();
        store.trusted.put("10.0.0.7:9000", OLD.sha256Hex());

        flow.prepare(linked, true).join();

        assertThat(servers.checks).singleElement().satisfies(c -> assertThat(c.pin()).contains(NEW.sha256Hex()));
        assertThat(store.trusted).containsEntry("10.0.0.7:9000", NEW.sha256Hex());
    }

    @Test
    void anUnknownCertificateWaitsForTheUserAndTrustingItRemembersIt() {
        servers.next = CompletableFuture.completedFuture(new ServerReach.UnknownCertificate(SERVER, NEW));

        CompletableFuture<JoinTarget> ready = flow.prepare(bare, false);

        assertThat(ready).isNotDone();
        TrustPrompt prompt = flow.promptProperty().get();
        assertThat(prompt.server()).isEqualTo("10.0.0.7:9000");
        assertThat(prompt.changed()).isFalse();
        flow.trust();
        assertThat(ready.join().link().fingerprintSha256()).contains(NEW.sha256Hex());
        assertThat(store.trusted).containsEntry("10.0.0.7:9000", NEW.sha256Hex());
        assertThat(flow.promptProperty().get()).isNull();
    }

    @Test
    void aChangedCertificateIsAWarningNamingBothCodesAndIsNeverAcceptedWithoutTheUser() {
        store.trusted.put("10.0.0.7:9000", OLD.sha256Hex());
        servers.next = CompletableFuture.completedFuture(
                new ServerReach.ChangedCertificate(SERVER, OLD.sha256Hex(), NEW));

        CompletableFuture<JoinTarget> ready = flow.prepare(bare, false);

        TrustPrompt prompt = flow.promptProperty().get();
        assertThat(prompt.changed()).isTrue();
        assertThat(prompt.previous()).contains(OLD);
        assertThat(prompt.presented()).isEqualTo(NEW);
        assertThat(store.trusted).as("the old pin stays until the user decides").containsEntry("10.0.0.7:9000", OLD.sha256Hex());

        flow.decline();

        assertThat(ready).isCompletedExceptionally();
        assertThat(ready.handle((t, e) -> e).join()).isInstanceOf(TrustDeclinedException.class);
        assertThat(store.trusted).containsEntry("10.0.0.7:9000", OLD.sha256Hex());
    }

    @Test
    void reTrustingAChangedCertificateDeliberatelyReplacesThePin() {
        servers.next = CompletableFuture.completedFuture(
                new ServerReach.ChangedCertificate(SERVER, OLD.sha256Hex(), NEW));

        CompletableFuture<JoinTarget> ready = flow.prepare(bare, false);
        flow.trust();

        assertThat(ready.join().link().fingerprintSha256()).contains(NEW.sha256Hex());
        assertThat(store.trusted).containsEntry("10.0.0.7:9000", NEW.sha256Hex());
    }

    @Test
    void answersWithoutAQuestionChangeNothing() {
        flow.trust();
        flow.decline();

        assertThat(store.trusted).isEmpty();
    }

    @Test
    void aPlainHttpAnswerNeedsNoPin() {
        servers.next = CompletableFuture.completedFuture(
                new ServerReach.Reachable(URI.create("http://10.0.0.7:9000"), Optional.empty()));

        JoinTarget ready = flow.prepare(bare, false).join();

        assertThat(ready.server()).isEqualTo("http://10.0.0.7:9000");
        assertThat(ready.link().fingerprintSha256()).isEmpty();
        assertThat(store.trusted).isEmpty();
    }
}
