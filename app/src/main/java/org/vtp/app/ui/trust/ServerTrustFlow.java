package org.vtp.app.ui.trust;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.ServerCheck;
import org.vtp.app.ui.service.SettingsStore;
import org.vtp.client.signalling.ServerReach;
import org.vtp.client.tls.PresentedCertificate;

/**
 * The step before a join: the {@link ServerCheck} settles the scheme of a bare {@code host:port}
 * and looks at the certificate under the pin known for the server (the link's, else the one the
 * user trusted there). An unknown or changed certificate becomes a {@link TrustPrompt}; the user's
 * answer ({@link #trust()} / {@link #decline()}) continues or stops the join. Trusted certificates
 * are remembered per {@code host:port}. Runs on the FX thread; service results arrive through
 * {@code ui}. One join at a time (the start screen is busy meanwhile).
 */
public final class ServerTrustFlow {
    private final ServerCheck servers;
    private final SettingsStore store;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<TrustPrompt> prompt = new ReadOnlyObjectWrapper<>();
    private JoinTarget asking;
    private CompletableFuture<JoinTarget> answer;

    public ServerTrustFlow(ServerCheck servers, SettingsStore store, Executor ui) {
        this.servers = servers;
        this.store = store;
        this.ui = ui;
    }

    /**
     * Completes (on {@code ui}) with the target to join: on the scheme that answered, pinned to
     * its certificate unless plain HTTP or vouched for by an authority. Fails with
     * {@link TrustDeclinedException} when the user does not trust the certificate, or with the
     * check's failure.
     *
     * @param schemeGiven false when the user typed a bare {@code host:port}
     */
    public CompletableFuture<JoinTarget> prepare(JoinTarget target, boolean schemeGiven) {
        Optional<String> pin = target.link().fingerprintSha256().or(() -> store.trustedCertificate(target.hostPort()));
        CompletableFuture<JoinTarget> ready = new CompletableFuture<>();
        servers.reach(target.link().origin(), schemeGiven, pin).whenCompleteAsync((reach, error) -> {
            if (error != null) {
                ready.completeExceptionally(error);
            } else if (reach instanceof ServerReach.Reachable reachable) {
                reachable.pinSha256().ifPresent(sha -> remember(target, sha));
                ready.complete(target.at(reachable.origin(), reachable.pinSha256()));
            } else {
                ask(target, reach, ready);
            }
        }, ui);
        return ready;
    }

    private void ask(JoinTarget target, ServerReach reach, CompletableFuture<JoinTarget> ready) {
        asking = target;
        answer = ready;
        if (reach instanceof ServerReach.ChangedCertificate changed) {
            prompt.set(new TrustPrompt(target.hostPort(), changed.presented(),
                    Optional.of(new PresentedCertificate(changed.pinnedSha256()))));
        } else {
            prompt.set(new TrustPrompt(target.hostPort(), ((ServerReach.UnknownCertificate) reach).presented(),
                    Optional.empty()));
        }
    }

    /** The user trusts the prompt's certificate: it is pinned, remembered, and the join goes on. */
    public void trust() {
        TrustPrompt question = prompt.get();
        if (question == null) {
            return;
        }
        String sha = question.presented().sha256Hex();
        JoinTarget target = asking;
        remember(target, sha);
        finish().complete(target.at(target.link().origin(), Optional.of(sha)));
    }

    /** The user does not trust it: the join stops; nothing was sent to the server. */
    public void decline() {
        TrustPrompt question = prompt.get();
        if (question != null) {
            finish().completeExceptionally(new TrustDeclinedException(question.server()));
        }
    }

    private CompletableFuture<JoinTarget> finish() {
        CompletableFuture<JoinTarget> pending = answer;
        prompt.set(null);
        asking = null;
        answer = null;
        return pending;
    }

    private void remember(JoinTarget target, String sha) {
        if (!store.trustedCertificate(target.hostPort()).equals(Optional.of(sha))) {
            store.trustCertificate(target.hostPort(), sha);
        }
    }

    /** The question to show, null while there is none. */
    public ReadOnlyObjectProperty<TrustPrompt> promptProperty() {
        return prompt.getReadOnlyProperty();
    }
}
