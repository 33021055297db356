package org.vtp.sfu.dtls;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsPeer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.sfu.srtp.SrtpKeyMaterial;

/**
 * One DTLS-SRTP handshake (RFC 5764) over a datagram path the caller owns.
 *
 * <p>Threads: {@link #receive} is called on the network thread and only queues; the blocking
 * handshake runs as one task on the shared executor given at construction and ends by reporting
 * to the listener (on that executor thread). After the handshake, late records (a retransmitted
 * Finished, close_notify) are processed by short drain tasks on the same executor. No thread is
 * held once the handshake is over.
 *
 * <p>Ownership: the creator owns the endpoint and closes it; {@link #close} sends close_notify when
 * the handshake had completed.
 */
public final class DtlsEndpoint implements AutoCloseable {

    /** Which DTLS role this end plays (the SFU answers {@code a=setup:passive}: server). */
    public enum Role { SERVER, CLIENT }

    /** Where DTLS datagrams leave; may throw, a lost datagram is retransmitted by DTLS. */
    @FunctionalInterface
    public interface Sender {
        void send(byte[] buf, int off, int len) throws IOException;
    }

    /** Outcome of the handshake; exactly one method is called once, on an executor thread. */
    public interface Listener {
        void onHandshakeComplete(SrtpKeyMaterial keys);

        void onHandshakeFailed(String reason);
    }

    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(DtlsEndpoint.class);

    private final Role role;
    private final Executor executor;
    private final Listener listener;
    private final LongSupplier nanoClock;
    private final Duration timeout;
    private final RecordQueueTransport transport;
    private final ServerPeer server;
    private final ClientPeer client;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile DTLSTransport established;
    private volatile boolean closed;

    /**
     * @param remoteFingerprint the peer's {@code a=fingerprint} value, e.g. {@code sha-256 AB:CD:...}
     * @param nanoClock monotonic time for the handshake deadline ({@code System::nanoTime})
     */
    public DtlsEndpoint(Role role, DtlsCertificate certificate, String remoteFingerprint, Sender sender,
                        Executor executor, Duration handshakeTimeout, LongSupplier nanoClock, Listener listener) {
        this.role = Objects.requireNonNull(role, "role");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.timeout = Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        if (!Fingerprint.isSupported(remoteFingerprint)) {
            throw new IllegalArgumentException("unsupported fingerprint: " + remoteFingerprint);
        }
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, handshakeTimeout.toMillis());
        this.transport = new RecordQueueTransport(Objects.requireNonNull(sender, "sender"), nanoClock);
        this.server = role == Role.SERVER ? new ServerPeer(certificate, remoteFingerprint, timeoutMillis) : null;
        this.client = role == Role.CLIENT ? new ClientPeer(certificate, remoteFingerprint, timeoutMillis) : null;
    }

    public Role role() {
        return role;
    }

    /** Starts the handshake on the executor; later calls do nothing. */
    public void start() {
        if (closed || !started.compareAndSet(false, true)) {
            return;
        }
        transport.setDeadline(nanoClock.getAsLong() + timeout.toNanos());
        executor.execute(this::handshake);
    }

    public boolean isStarted() {
        return started.get();
    }

    public boolean isEstablished() {
        return established != null;
    }

    /**
     * One incoming DTLS datagram (first byte 20..63, RFC 7983). Copied; the caller keeps its buffer.
     * Never blocks: a full queue drops the datagram (DTLS retransmits).
     */
    public void receive(byte[] buf, int off, int len) {
        if (closed || len <= 0) {
            return;
        }
        transport.offer(buf, off, len);
        if (established != null && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** Datagrams dropped: queue full, or sends that failed. */
    public long droppedDatagrams() {
        return transport.dropped();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        DTLSTransport dtls = established;
        try {
            if (dtls != null) {
                dtls.close();
            } else {
                TlsPeer peer = role == Role.SERVER ? server : client;
                peer.cancel();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("DTLS close: {}", e.toString());
        }
        transport.close();
    }

    private void handshake() {
        long start = nanoClock.getAsLong();
        try {
            DTLSTransport dtls = role == Role.SERVER
                    ? serverProtocol().accept(server, transport)
                    : new DTLSClientProtocol().connect(client, transport);
            SrtpKeyMaterial keys = role == Role.SERVER ? server.keys() : client.keys();
            established = dtls;
            LOG.debug("DTLS {} handshake done in {} ms ({})", role,
                    TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - start), keys.profile());
            listener.onHandshakeComplete(keys);
            if (transport.hasPending() && draining.compareAndSet(false, true)) {
                drain();
            }
        } catch (IOException | RuntimeException e) {
            transport.close();
            if (!closed) {
                listener.onHandshakeFailed("DTLS " + role.name().toLowerCase() + " handshake failed: " + e.getMessage());
            }
        }
    }

    /**
     * Runs one in-memory handshake between a server with this certificate and a throwaway client
     * (~70-100 ms cold), so that the first participant's handshake is warm (5-15 ms). Call once at
     * SFU start; blocks until done or the timeout.
     *
     * @return true if the warm-up handshake completed
     */
    public static boolean warmUp(DtlsCertificate certificate, Executor executor, Duration timeout) {
        DtlsCertificate throwaway = DtlsCertificate.generate(java.time.Instant.now());
        var done = new java.util.concurrent.CountDownLatch(2);
        Listener listener = new Listener() {
            @Override
            public void onHandshakeComplete(SrtpKeyMaterial keys) {
                done.countDown();
            }

            @Override
            public void onHandshakeFailed(String reason) {
                LOG.warn("DTLS warm-up failed: {}", reason);
            }
        };
        DtlsEndpoint[] ends = new DtlsEndpoint[2];
        ends[0] = new DtlsEndpoint(Role.SERVER, certificate, throwaway.fingerprint(),
                (b, o, l) -> ends[1].receive(b, o, l), executor, timeout, System::nanoTime, listener);
        ends[1] = new DtlsEndpoint(Role.CLIENT, throwaway, certificate.fingerprint(),
                (b, o, l) -> ends[0].receive(b, o, l), executor, timeout, System::nanoTime, listener);
        try {
            ends[0].start();
            ends[1].start();
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            ends[1].close();
            ends[0].close();
        }
    }

    /**
     * No HelloVerifyRequest cookie (RFC 6347 §4.2.1): it guards against spoofed source addresses,
     * which ICE connectivity checks already rule out, and would cost a round trip per join.
     */
    private static DTLSServerProtocol serverProtocol() {
        DTLSServerProtocol protocol = new DTLSServerProtocol();
        protocol.setVerifyRequests(false);
        return protocol;
    }

    /** Feeds late records to BC (retransmits our last flight if the peer lost it; reads alerts). */
    private void drain() {
        byte[] scratch = new byte[RecordQueueTransport.RECEIVE_LIMIT];
        try {
            while (!closed && transport.hasPending()) {
                established.receive(scratch, 0, scratch.length, 1);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("DTLS record after handshake: {}", e.toString());
        } finally {
            draining.set(false);
        }
        if (!closed && transport.hasPending() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }
}
