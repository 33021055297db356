package org.vtp.client.signalling;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.vtp.client.tls.CertificateChangedException;
import org.vtp.client.tls.TlsFailures;
import org.vtp.client.tls.UntrustedCertificateException;

/**
 * Looks at a server before the app joins a class on it: {@code GET /health} over the same trust
 * decision as every later call ({@link HttpClients}). Finds which scheme a bare {@code host:port}
 * speaks (https first; http only when the server answered the TLS hello in plain text) and whether
 * its certificate is trusted. An unknown or changed certificate aborts the handshake in the trust
 * manager, so nothing is sent to a server the user has not trusted.
 */
public final class ServerProbe {
    private final Duration timeout;

    /** @param timeout bounds the whole probe (connect, handshake, answer) */
    public ServerProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @param origin      {@code https://host:port} or {@code http://host:port}
     * @param schemeGiven false when the user typed a bare {@code host:port} (then https was only a guess)
     * @param pinSha256   the certificate pinned for this server (join link or trusted before), if any
     * @return the outcome; fails with a {@link SignallingException} {@code DISCONNECTED} (cause: the
     *     network or TLS error) when the server cannot be reached at all. Completes on OkHttp's thread.
     */
    public CompletableFuture<ServerReach> reach(URI origin, boolean schemeGiven, Optional<String> pinSha256) {
        if (!"https".equals(origin.getScheme())) {
            return CompletableFuture.completedFuture(new ServerReach.Reachable(origin, Optional.empty()));
        }
        OkHttpClient http = HttpClients.forPin(pinSha256, timeout);
        CompletableFuture<ServerReach> reach = new CompletableFuture<>();
        http.newCall(new Request.Builder().url(origin.resolve("/health").toString()).get().build())
                .enqueue(new Callback() {
                    @Override
                    public void onResponse(Call call, Response response) {
                        response.close();
                        reach.complete(new ServerReach.Reachable(origin, pinSha256));
                    }

                    @Override
                    public void onFailure(Call call, IOException e) {
                        try {
                            reach.complete(classify(origin, schemeGiven, e));
                        } catch (SignallingException unreachable) {
                            reach.completeExceptionally(unreachable);
                        }
                    }
                });
        return reach.whenComplete((r, e) -> HttpClients.release(http));
    }

    /**
     * What a failed https probe means: a certificate to ask about, or plain HTTP.
     *
     * @throws SignallingException {@code DISCONNECTED} for anything else
     */
    private static ServerReach classify(URI origin, boolean schemeGiven, IOException e) {
        Optional<UntrustedCertificateException> untrusted = TlsFailures.untrusted(e);
        if (untrusted.isPresent()) {
            return new ServerReach.UnknownCertificate(origin, untrusted.get().presented());
        }
        Optional<CertificateChangedException> changed = TlsFailures.changed(e);
        if (changed.isPresent()) {
            return new ServerReach.ChangedCertificate(origin, changed.get().pinnedSha256(), changed.get().presented());
        }
        if (!schemeGiven && TlsFailures.plaintextAnswer(e)) {
            return new ServerReach.Reachable(URI.create("http://" + origin.getRawAuthority()), Optional.empty());
        }
        throw SignallingException.unreachable(origin, e);
    }
}
