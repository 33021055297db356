package org.vtp.sfu.channel;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.sfu.dtls.DtlsEndpoint;
import org.vtp.sfu.ice.IceSession;
import org.vtp.sfu.ice.MediaPort;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpSession;

/**
 * One client's secure media connection on the shared port: ICE (controlled) + DTLS server
 * ({@code a=setup:passive}) + SRTP, demultiplexed per RFC 7983.
 *
 * <p>Flow: {@link #open} (the answer needs {@link #localUfrag()}, {@link #localPassword()},
 * {@link #localCandidates()} and the certificate's fingerprint), then {@link #connect} with the
 * client's offer values, {@link #addRemoteCandidate} for trickled ones. DTLS starts when ICE
 * connects or when the first DTLS record arrives, whichever is first.
 *
 * <p>Threads: {@code onRtp}/{@code onRtcp} run on the port's network thread with a buffer valid
 * only during the call; {@code onConnected}/{@code onFailed} on ICE or DTLS threads, each at most
 * once, and never after {@link #close}. Senders may be called from any thread.
 */
public final class SecureChannel implements AutoCloseable {

    /** Events of the channel; see the class comment for threads. */
    public interface Listener {
        /** ICE connected and SRTP keys ready: media flows both ways. */
        void onConnected();

        void onFailed(String reason);

        /** A decrypted RTP packet. */
        void onRtp(byte[] buf, int off, int len);

        /** A decrypted RTCP compound packet. */
        void onRtcp(byte[] buf, int off, int len);
    }

    /** Free bytes senders must leave after the packet for the SRTP tag (in-place encryption). */
    public static final int SEND_OVERHEAD = SrtpSession.MAX_OVERHEAD;

    private static final Logger LOG = LoggerFactory.getLogger(SecureChannel.class);

    private final ChannelSettings settings;
    private final Listener listener;
    private final IceSession ice;
    private static final int MAX_HELD_DTLS = 16;

    private final AtomicBoolean reported = new AtomicBoolean();
    private final java.util.List<byte[]> heldDtls = new java.util.ArrayList<>();
    private final LongAdder datagramsIn = new LongAdder();
    private final LongAdder datagramsOut = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder authFailures = new LongAdder();
    private volatile DtlsEndpoint dtls;
    private volatile SrtpSession srtp;
    private volatile boolean iceConnected;
    private volatile boolean connected;
    private volatile boolean closed;
    private volatile long connectNanos;
    private volatile long iceNanos;
    private volatile long dtlsNanos;
    private ScheduledFuture<?> timeout;

    private SecureChannel(MediaPort port, ChannelSettings settings, Listener listener) throws IOException {
        this.settings = settings;
        this.listener = listener;
        this.ice = port.createSession(new IceEvents());
    }

    /** Creates the channel's ICE session on the shared port; nothing is sent yet. */
    public static SecureChannel open(MediaPort port, ChannelSettings settings, Listener listener) throws IOException {
        return new SecureChannel(Objects.requireNonNull(port, "port"), Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(listener, "listener"));
    }

    public String localUfrag() {
        return ice.localUfrag();
    }

    public String localPassword() {
        return ice.localPassword();
    }

    /** {@code a=candidate:} values (without {@code a=}) for the answer. */
    public List<String> localCandidates() {
        return ice.localCandidates();
    }

    /**
     * Applies the client's ICE credentials, candidates and DTLS fingerprint and starts ICE. Call once.
     *
     * @param remoteFingerprint the offer's {@code a=fingerprint} value, e.g. {@code sha-256 AB:...}
     * @throws IllegalArgumentException for missing credentials, a malformed candidate or fingerprint
     */
    public synchronized void connect(String remoteUfrag, String remotePassword, List<String> remoteCandidates,
                                     String remoteFingerprint) {
        if (closed || dtls != null) {
            throw new IllegalStateException(closed ? "channel closed" : "connect called twice");
        }
        DtlsEndpoint endpoint = new DtlsEndpoint(DtlsEndpoint.Role.SERVER, settings.certificate(), remoteFingerprint,
                this::sendDtls, settings.dtlsExecutor(), settings.connectTimeout(), settings.nanoClock(), new DtlsEvents());
        ice.setRemote(remoteUfrag, remotePassword, remoteCandidates);
        connectNanos = settings.nanoClock().getAsLong();
        dtls = endpoint;
        timeout = settings.timer().schedule(() -> fail("connect timed out after " + settings.connectTimeout()),
                settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ice.start();
    }

    /**
     * A trickled remote candidate.
     *
     * @return false if ignored (mDNS, TCP, end-of-candidates)
     * @throws IllegalArgumentException if malformed
     */
    public boolean addRemoteCandidate(String candidate) {
        return ice.addRemoteCandidate(candidate);
    }

    public boolean isConnected() {
        return connected;
    }

    /**
     * Encrypts an RTP packet in place and sends it; dropped (false) before {@link Listener#onConnected}.
     * The array must have {@link #SEND_OVERHEAD} free bytes after the packet.
     */
    public boolean sendRtp(byte[] buf, int off, int len) {
        SrtpSession session = srtp;
        return connected && session != null && send(buf, off, session.protectRtp(buf, off, len));
    }

    /** As {@link #sendRtp}, for an RTCP compound packet. */
    public boolean sendRtcp(byte[] buf, int off, int len) {
        SrtpSession session = srtp;
        return connected && session != null && send(buf, off, session.protectRtcp(buf, off, len));
    }

    public ChannelStats stats() {
        long start = connectNanos;
        return new ChannelStats(datagramsIn.sum(), datagramsOut.sum(), dropped.sum(), authFailures.sum(),
                iceNanos == 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(iceNanos - start),
                dtlsNanos == 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(dtlsNanos - start));
    }

    /** Sends close_notify if DTLS completed, then frees ICE and keys. Idempotent; no events after. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        reported.set(true);
        if (timeout != null) {
            timeout.cancel(false);
        }
        if (dtls != null) {
            dtls.close();
        }
        ice.close();
        if (srtp != null) {
            srtp.close();
        }
    }

    private boolean send(byte[] buf, int off, int len) {
        if (len < 0 || closed) {
            dropped.increment();
            return false;
        }
        datagramsOut.increment();
        return ice.send(buf, off, len);
    }

    /**
     * DTLS output. The client may finish ICE (and send its ClientHello) before our side has a
     * usable pair; our answer is then held (bounded) and flushed when ICE connects, instead of
     * waiting for the client's 1 s retransmission.
     */
    private void sendDtls(byte[] buf, int off, int len) throws IOException {
        if (ice.send(buf, off, len)) {
            datagramsOut.increment();
            return;
        }
        synchronized (heldDtls) {
            if (!iceConnected && heldDtls.size() < MAX_HELD_DTLS) {
                heldDtls.add(java.util.Arrays.copyOfRange(buf, off, off + len));
                return;
            }
        }
        dropped.increment();
        throw new IOException("no ICE pair");
    }

    private void flushHeldDtls() {
        synchronized (heldDtls) {
            for (byte[] datagram : heldDtls) {
                if (ice.send(datagram, 0, datagram.length)) {
                    datagramsOut.increment();
                } else {
                    dropped.increment();
                }
            }
            heldDtls.clear();
        }
    }

    /** The receive pipeline: RFC 7983 demux, then DTLS or SRTP/SRTCP removal. Network thread. */
    private void onDatagram(byte[] buf, int off, int len) {
        datagramsIn.increment();
        switch (PacketKind.of(buf, off, len)) {
            case DTLS -> onDtlsRecord(buf, off, len);
            case RTP -> onSrtp(buf, off, len, true);
            case RTCP -> onSrtp(buf, off, len, false);
            default -> dropped.increment();
        }
    }

    private void onDtlsRecord(byte[] buf, int off, int len) {
        DtlsEndpoint endpoint = dtls;
        if (endpoint == null) {
            dropped.increment();
            return;
        }
        endpoint.receive(buf, off, len);
        endpoint.start();
    }

    private void onSrtp(byte[] buf, int off, int len, boolean rtp) {
        SrtpSession session = srtp;
        if (session == null) {
            dropped.increment();
            return;
        }
        int plain = rtp ? session.unprotectRtp(buf, off, len) : session.unprotectRtcp(buf, off, len);
        if (plain < 0) {
            authFailures.increment();
        } else if (rtp) {
            listener.onRtp(buf, off, plain);
        } else {
            listener.onRtcp(buf, off, plain);
        }
    }

    private void maybeConnected() {
        if (iceConnected && srtp != null && !connected) {
            synchronized (this) {
                if (connected || closed) {
                    return;
                }
                connected = true;
                timeout.cancel(false);
            }
            if (reported.compareAndSet(false, true)) {
                listener.onConnected();
            }
        }
    }

    private void fail(String reason) {
        if (reported.compareAndSet(false, true)) {
            LOG.debug("Secure channel {} failed: {}", ice.localUfrag(), reason);
            listener.onFailed(reason);
        }
    }

    /** ICE events, on ice4j threads (onPacket on the network thread). */
    private final class IceEvents implements IceSession.Listener {
        @Override
        public void onConnected() {
            iceNanos = settings.nanoClock().getAsLong();
            synchronized (heldDtls) {
                iceConnected = true;
            }
            flushHeldDtls();
            DtlsEndpoint endpoint = dtls;
            if (endpoint != null) {
                endpoint.start();
            }
            maybeConnected();
        }

        @Override
        public void onFailed(String reason) {
            fail(reason);
        }

        @Override
        public void onPacket(byte[] buf, int off, int len) {
            onDatagram(buf, off, len);
        }
    }

    /** DTLS outcome, on a DTLS executor thread. */
    private final class DtlsEvents implements DtlsEndpoint.Listener {
        @Override
        public void onHandshakeComplete(SrtpKeyMaterial keys) {
            dtlsNanos = settings.nanoClock().getAsLong();
            srtp = new SrtpSession(keys);
            if (closed) {
                srtp.close();
                return;
            }
            maybeConnected();
        }

        @Override
        public void onHandshakeFailed(String reason) {
            fail(reason);
        }
    }
}
