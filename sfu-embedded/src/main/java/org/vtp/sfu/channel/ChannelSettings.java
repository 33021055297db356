package org.vtp.sfu.channel;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import org.vtp.sfu.dtls.DtlsCertificate;

/**
 * What every {@link SecureChannel} of an SFU shares.
 *
 * @param certificate the SFU's DTLS certificate (one per SFU)
 * @param dtlsExecutor runs DTLS handshakes (each blocks a thread for its duration only) and
 *                     post-handshake record processing; a small shared pool
 * @param timer fires the connect timeout; never blocked
 * @param connectTimeout from {@link SecureChannel#connect} to keys ready, else onFailed
 * @param nanoClock monotonic nanoseconds ({@code System::nanoTime})
 */
public record ChannelSettings(DtlsCertificate certificate, Executor dtlsExecutor, ScheduledExecutorService timer,
                              Duration connectTimeout, LongSupplier nanoClock) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);

    public ChannelSettings {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(dtlsExecutor, "dtlsExecutor");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(nanoClock, "nanoClock");
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
    }
}
