package org.vtp.app.ui.webrtc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.CallService;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.SignIn;
import org.vtp.client.call.CallOptions;
import org.vtp.client.media.RobotScreenGrabber;
import org.vtp.client.media.ScreenGrabber;
import org.vtp.client.call.ReconnectPolicy;
import org.vtp.client.call.Reconnector;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.link.JoinLink;
import org.vtp.client.signalling.AccountSession;
import org.vtp.client.signalling.AdmissionSource;

/**
 * {@link CallService} over the client library: each join gets its own media engine, then obtains
 * a guest token by the link's code (unless the target brings its own admissions: the host's own
 * seat), a signalling connection (wss pinned to the link's fingerprint, or plain for http links)
 * and a {@link org.vtp.client.call.CallSession}; a dropped call rejoins the same way (see
 * {@link WebRtcCall}). Owns the threads shared by all calls, among them the reconnect timer;
 * {@link #close()} stops them after the calls were left.
 */
public final class WebRtcCallService implements CallService, AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final CallOptions options;
    private final Supplier<ScreenGrabber> grabbers;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("vtp-call"));
    private final ScheduledExecutorService media = Executors.newScheduledThreadPool(2, daemons("vtp-media"));
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(
            daemons("vtp-reconnect"));
    private final Supplier<ReconnectPolicy> policies;

    public WebRtcCallService() {
        this(CallOptions.defaults());
    }

    /** @param options {@link org.vtp.client.ice.NetworkMode#LOOPBACK} in tests on one machine */
    public WebRtcCallService(CallOptions options) {
        this(options, RobotScreenGrabber::primaryScreen);
    }

    /** @param grabbers makes the screen grabber when a share starts (tests inject a generated image) */
    public WebRtcCallService(CallOptions options, Supplier<ScreenGrabber> grabbers) {
        this(options, grabbers, () -> ReconnectPolicy.defaults(() -> ThreadLocalRandom.current().nextDouble()));
    }

    /** @param policies a back-off policy per call (tests shorten the schedule) */
    public WebRtcCallService(CallOptions options, Supplier<ScreenGrabber> grabbers, Supplier<ReconnectPolicy> policies) {
        this.options = options;
        this.grabbers = grabbers;
        this.policies = policies;
    }

    @Override
    public CompletableFuture<CallModel> join(JoinRequest request) {
        return signedIn(request).thenCompose(this::start);
    }

    /** Signs in first when the request names an account: it then joins as that account. */
    private static CompletableFuture<JoinRequest> signedIn(JoinRequest request) {
        if (request.account().isEmpty()) {
            return CompletableFuture.completedFuture(request);
        }
        JoinLink link = request.target().link();
        SignIn account = request.account().get();
        return AccountSession.signIn(link, account.email(), account.password(), CONNECT_TIMEOUT)
                .thenApply(session -> request.signedIn(session.displayName(), session.admissions(link)));
    }

    private CompletableFuture<CallModel> start(JoinRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            JoinTarget target = request.target();
            AdmissionSource admissions = target.admissions()
                    .orElseGet(() -> AdmissionSource.guest(target.link(), request.displayName(), CONNECT_TIMEOUT));
            MediaEngine engine = new MediaEngine(LocalMedia.audioModeFor(request.media()));
            return new CallLeg.Setup(target.link(), admissions, request.displayName(), engine, options,
                    CONNECT_TIMEOUT, workers, media, grabbers);
        }, workers).thenCompose(setup -> WebRtcCall.start(setup, request, Reconnector.Timer.of(reconnects),
                policies.get()));
    }

    @Override
    public void close() {
        reconnects.shutdownNow();
        workers.shutdown();
        media.shutdownNow();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
