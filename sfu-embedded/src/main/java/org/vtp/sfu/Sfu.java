package org.vtp.sfu;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.sfu.api.Router;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuConfig;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.channel.ChannelSettings;
import org.vtp.sfu.dtls.DtlsCertificate;
import org.vtp.sfu.ice.IceLogging;
import org.vtp.sfu.ice.MediaPort;
import org.vtp.sfu.router.SfuRouter;
import org.vtp.sfu.srtp.SrtpSession;
import org.vtp.sfu.transport.TransportContext;

/**
 * The SFU entry class: owns the single media port, the DTLS certificate, the shared threads (a
 * small DTLS handshake pool and one timer) and every router. Start one per process with
 * {@link #start(SfuConfig)}; {@link #close()} closes everything it owns.
 */
public final class Sfu implements RouterFactory, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sfu.class);
    /** How often pending keyframe requests are flushed and reports considered. */
    private static final long TICK_MILLIS = 50;

    private final MediaPort mediaPort;
    private final ExecutorService dtlsPool;
    private final ScheduledExecutorService timer;
    private final TransportContext context;
    private final Map<String, SfuRouter> routers = new ConcurrentHashMap<>();

    private Sfu(MediaPort mediaPort, ExecutorService dtlsPool, ScheduledExecutorService timer,
                TransportContext context) {
        this.mediaPort = mediaPort;
        this.dtlsPool = dtlsPool;
        this.timer = timer;
        this.context = context;
    }

    /** Binds the media port, creates the DTLS certificate and warms the ICE and SRTP stacks. */
    public static Sfu start(SfuConfig config) throws SfuException {
        long started = System.nanoTime();
        IceLogging.quietUnlessConfigured();
        SrtpSession.warmUp();
        MediaPort port;
        try {
            port = MediaPort.open(config.bindAddress(), config.mediaPort(), config.announcedAddresses());
        } catch (IOException e) {
            throw new SfuException(SfuException.Code.UNSUPPORTED,
                    "cannot open UDP media port " + config.mediaPort() + ": " + e.getMessage(), e);
        }
        ExecutorService dtlsPool = Executors.newFixedThreadPool(4, daemonThreads("vtp-dtls"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("vtp-sfu-timer"));
        ChannelSettings settings = new ChannelSettings(DtlsCertificate.generate(Instant.now()), dtlsPool, timer,
                ChannelSettings.DEFAULT_CONNECT_TIMEOUT, System::nanoTime);
        TransportContext context = new TransportContext(port, settings, Clock.systemUTC(), System::nanoTime,
                new SecureRandom(), config.maxIncomingBitrateBps());
        Sfu sfu = new Sfu(port, dtlsPool, timer, context);
        timer.scheduleWithFixedDelay(sfu::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("SFU media on UDP {} (announced {}), ready in {} ms", port.port(), config.announcedAddresses(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return sfu;
    }

    @Override
    public Router createRouter(String routerId) throws SfuException {
        SfuRouter router = new SfuRouter(routerId, context, r -> routers.remove(r.id(), r));
        if (routers.putIfAbsent(routerId, router) != null) {
            throw new SfuException(SfuException.Code.ALREADY_EXISTS, "router id in use: " + routerId);
        }
        return router;
    }

    /** The UDP port media actually uses (useful when configured with port 0). */
    public int mediaPort() {
        return mediaPort.port();
    }

    /** The {@code sha-256 AB:CD:...} fingerprint of the SFU's DTLS certificate. */
    public String dtlsFingerprint() {
        return context.channelSettings().certificate().fingerprint();
    }

    private void tick() {
        long now = context.nanoClock().getAsLong();
        for (SfuRouter router : routers.values()) {
            try {
                router.tick(now);
            } catch (RuntimeException e) {
                LOG.warn("RTCP tick of router {} failed", router.id(), e);
            }
        }
    }

    @Override
    public void close() {
        List.copyOf(routers.values()).forEach(SfuRouter::close);
        timer.shutdownNow();
        dtlsPool.shutdownNow();
        mediaPort.close();
        LOG.info("SFU closed");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
