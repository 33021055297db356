package org.vtp.sfu.report;

import java.util.Optional;
import org.vtp.sfu.rtcp.NtpTime;
import org.vtp.sfu.rtcp.ReportBlock;

/**
 * Reception statistics of one incoming RTP stream, following RFC 3550 A.1 (extended highest
 * sequence number with cycles, resync after a confirmed large jump), A.3 (expected, lost,
 * fraction lost since the last report) and A.8 (interarrival jitter in timestamp units). The
 * probation of A.1 is skipped: SRTP already authenticates the stream.
 *
 * <p>One per producer stream, on its network thread: {@link #onPacket} per packet (no
 * allocation), {@link #onSenderReport} per SR, {@link #reportBlock} about once a second.
 */
public final class ReceiveStreamStatistics {

    private static final int SEQ_MOD = 1 << 16;
    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;

    private final long ssrc;
    private final double ticksPerNano;

    private boolean initialized;
    private int maxSeq;
    private long cycles;
    private long baseSeq;
    private int badSeq;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private double jitter;
    private long lastArrivalNanos;
    private long lastTimestamp;
    private boolean hasSenderReport;
    private long lastSenderReport;
    private long lastSenderReportArrivalNanos;

    /** @param clockRate the stream's RTP clock rate, for jitter in timestamp units */
    public ReceiveStreamStatistics(long ssrc, int clockRate) {
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clockRate must be positive: " + clockRate);
        }
        this.ssrc = ssrc;
        this.ticksPerNano = clockRate / 1e9;
    }

    /** A packet arrived at {@code arrivalNanos} (monotonic clock). */
    public void onPacket(int seq, long rtpTimestamp, long arrivalNanos) {
        seq &= 0xFFFF;
        if (!initialized) {
            initSequence(seq);
            initialized = true;
        } else if (!updateSequence(seq)) {
            return;
        } else {
            updateJitter(rtpTimestamp, arrivalNanos);
        }
        received++;
        lastTimestamp = rtpTimestamp;
        lastArrivalNanos = arrivalNanos;
    }

    /** An SR from this stream's sender arrived: remembered for LSR and DLSR (RFC 3550 §6.4.1). */
    public void onSenderReport(long ntpTimestamp, long arrivalNanos) {
        hasSenderReport = true;
        lastSenderReport = NtpTime.middle32(ntpTimestamp);
        lastSenderReportArrivalNanos = arrivalNanos;
    }

    /** The report block for now, starting a new fraction-lost interval; empty before any packet. */
    public Optional<ReportBlock> reportBlock(long nowNanos) {
        if (!initialized) {
            return Optional.empty();
        }
        long expected = extendedHighestSeq() - baseSeq + 1;
        long lost = expected - received;
        long expectedInterval = expected - expectedPrior;
        long lostInterval = expectedInterval - (received - receivedPrior);
        expectedPrior = expected;
        receivedPrior = received;
        int fraction = expectedInterval <= 0 || lostInterval <= 0
                ? 0 : (int) Math.min(255, (lostInterval << 8) / expectedInterval);
        int cumulative = (int) Math.max(-0x80_0000, Math.min(0x7F_FFFF, lost));
        long delay = hasSenderReport ? delaySinceLastSenderReport(nowNanos) : 0;
        return Optional.of(new ReportBlock(ssrc, fraction, cumulative, extendedHighestSeq() & 0xFFFF_FFFFL,
                Math.round(jitter), hasSenderReport ? lastSenderReport : 0, delay));
    }

    public long extendedHighestSeq() {
        return cycles + maxSeq;
    }

    public long packetsReceived() {
        return received;
    }

    /** Interarrival jitter in timestamp units. */
    public double jitter() {
        return jitter;
    }

    private void initSequence(int seq) {
        baseSeq = seq;
        maxSeq = seq;
        badSeq = SEQ_MOD + 1;
        cycles = 0;
        received = 0;
        receivedPrior = 0;
        expectedPrior = 0;
    }

    /** RFC 3550 A.1 update_seq; false for a stray packet that is not counted. */
    private boolean updateSequence(int seq) {
        int delta = seq - maxSeq & 0xFFFF;
        if (delta < MAX_DROPOUT) {
            if (seq < maxSeq) {
                cycles += SEQ_MOD;
            }
            maxSeq = seq;
        } else if (delta <= SEQ_MOD - MAX_MISORDER) {
            if (seq != badSeq) {
                badSeq = seq + 1 & 0xFFFF;
                return false;
            }
            initSequence(seq);
        }
        return true;
    }

    /** RFC 3550 A.8: J += (|D(i-1,i)| - J) / 16, D in timestamp units. */
    private void updateJitter(long rtpTimestamp, long arrivalNanos) {
        double arrivalTicks = (arrivalNanos - lastArrivalNanos) * ticksPerNano;
        int timestampTicks = (int) (rtpTimestamp - lastTimestamp);
        double d = Math.abs(arrivalTicks - timestampTicks);
        jitter += (d - jitter) / 16;
    }

    private long delaySinceLastSenderReport(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastSenderReportArrivalNanos);
        return Math.min(0xFFFF_FFFFL, (elapsed / 1000 << 16) / 1_000_000);
    }
}
