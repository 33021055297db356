package org.vtp.app.ui.webrtc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.CallService;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.client.call.CallOptions;
import org.vtp.client.media.RobotScreenGrabber;
import org.vtp.client.media.ScreenGrabber;
import org.vtp.client.signalling.Admission;
import org.vtp.client.signalling.SignallingClient;

/**
 * {@link CallService} over the client library: each join obtains a guest token by the link's code
 * (unless the target carries an admission: the host's own seat), then gets its own media engine,
 * signalling connection (wss pinned to the link's fingerprint, or plain for http links) and {@link org.vtp.client.call.CallSession} (see {@link WebRtcCall}). Owns the
 * worker threads shared by all calls; {@link #close()} stops them after the calls were left.
 */
public final class WebRtcCallService implements CallService, AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final CallOptions options;
    private final Supplier<ScreenGrabber> grabbers;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("vtp-call"));
    private final ScheduledExecutorService media = Executors.newScheduledThreadPool(2, daemons("vtp-media"));

    public WebRtcCallService() {
        this(CallOptions.defaults());
    }

    /** @param options {@link org.vtp.client.ice.NetworkMode#LOOPBACK} in tests on one machine */
    public WebRtcCallService(CallOptions options) {
        this(options, RobotScreenGrabber::primaryScreen);
    }

    /** @param grabbers makes the screen grabber when a share starts (tests inject a generated image) */
    public WebRtcCallService(CallOptions options, Supplier<ScreenGrabber> grabbers) {
        this.options = options;
        this.grabbers = grabbers;
    }

    @Override
    public CompletableFuture<CallModel> join(JoinRequest request) {
        JoinTarget target = request.target();
        CompletableFuture<Admission> admission = target.admission().map(CompletableFuture::completedFuture)
                .orElseGet(() -> Admission.asGuest(target.link(), request.displayName(), CONNECT_TIMEOUT));
        return admission.thenComposeAsync(pass -> SignallingClient.connect(target.link(), pass.token(), CONNECT_TIMEOUT)
                .thenComposeAsync(signalling -> WebRtcCall.start(signalling, pass.roomId(), request, options, workers,
                        media, grabbers), workers), workers);
    }

    @Override
    public void close() {
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
