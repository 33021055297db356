package org.vtp.sfu.rewrite;

import java.util.Arrays;
import org.vtp.sfu.rtp.RtpPacket;

/**
 * Rewrites a consumer's outgoing RTP so the receiver sees one continuous stream: its own SSRC,
 * sequence numbers without gaps or jumps the source did not have, and timestamps that keep
 * advancing, even when the source SSRC changes (renegotiation, another producer, another layer).
 *
 * <p>Per source the mapping is a fixed offset, so reordered and duplicated packets map to the
 * same numbers as they would have in order. A new source, or a jump in the source's own numbers
 * beyond {@link #MAX_DROPOUT} (forward) or confirmed by two consecutive packets beyond
 * {@link #MAX_MISORDER} (backward, RFC 3550 A.1), is a resync: the next output sequence number is
 * the last one plus 1, and the timestamp advances by the wall-clock time since the last forwarded
 * packet times the clock rate. Packets older than the first one forwarded from their source are
 * dropped, since their numbers would collide with the previous source's.
 *
 * <p>One instance per consumer stream, used on its network thread only. Allocates nothing per
 * packet; {@code nowNanos} is a monotonic clock reading.
 */
public final class RtpStreamRewriter {

    static final int MAX_DROPOUT = 3000;
    static final int MAX_MISORDER = 100;
    private static final long NO_SOURCE = -1;

    private final long ssrc;
    private final int clockRate;
    private final int[] payloadTypes = new int[128];
    private final SourceMapping source = new SourceMapping();

    private long previousSourceSsrc = NO_SOURCE;
    private int previousSourceHighestSeq;
    private boolean started;
    private int lastSeq;
    private long lastTimestamp;
    private long lastForwardNanos;
    private long forwarded;
    private long dropped;
    private long resyncs;

    /**
     * @param ssrc the consumer's own SSRC
     * @param clockRate RTP clock rate of the codec (48000 Opus, 90000 VP8)
     * @param initialSeq first output sequence number (random, chosen by the caller)
     * @param initialTimestamp first output timestamp (random, chosen by the caller)
     */
    public RtpStreamRewriter(long ssrc, int clockRate, int initialSeq, long initialTimestamp) {
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clockRate must be positive: " + clockRate);
        }
        this.ssrc = ssrc & 0xFFFF_FFFFL;
        this.clockRate = clockRate;
        this.lastSeq = initialSeq - 1 & 0xFFFF;
        this.lastTimestamp = initialTimestamp & 0xFFFF_FFFFL;
        Arrays.fill(payloadTypes, -1);
    }

    /** Drops every payload type until mapped again (the source renegotiated its codec). */
    public void clearPayloadTypes() {
        Arrays.fill(payloadTypes, -1);
    }

    /** Forwards packets of {@code producerPt} as {@code consumerPt}; unmapped types are dropped. */
    public void mapPayloadType(int producerPt, int consumerPt) {
        payloadTypes[producerPt & 0x7F] = consumerPt & 0x7F;
    }

    /**
     * Rewrites SSRC, sequence number, timestamp and payload type of the packet in place.
     *
     * @return true to send the packet, false to drop it (invalid, unmapped type, too late)
     */
    public boolean rewrite(byte[] buf, int off, int len, long nowNanos) {
        if (RtpPacket.headerLength(buf, off, len) < 0) {
            return drop();
        }
        int payloadType = payloadTypes[RtpPacket.payloadType(buf, off)];
        long sourceSsrc = RtpPacket.ssrc(buf, off);
        int seq = RtpPacket.sequenceNumber(buf, off);
        long timestamp = RtpPacket.timestamp(buf, off);
        if (payloadType < 0 || !acceptSource(sourceSsrc, seq, timestamp, nowNanos)) {
            return drop();
        }
        long extendedSeq = source.extend(seq);
        if (extendedSeq == SourceMapping.RESYNC) {
            resync(sourceSsrc, seq, timestamp, nowNanos);
            extendedSeq = source.extend(seq);
        } else if (extendedSeq == SourceMapping.TOO_OLD) {
            return drop();
        }
        int outSeq = source.outputSeq(extendedSeq);
        long outTimestamp = source.outputTimestamp(timestamp);
        if (source.advance(extendedSeq)) {
            lastSeq = outSeq;
            lastTimestamp = outTimestamp;
            lastForwardNanos = nowNanos;
        }
        RtpPacket.setSsrc(buf, off, ssrc);
        RtpPacket.setSequenceNumber(buf, off, outSeq);
        RtpPacket.setTimestamp(buf, off, outTimestamp);
        RtpPacket.setPayloadType(buf, off, payloadType);
        forwarded++;
        return true;
    }

    /** Switches to a new source when needed; false for a late packet of the previous source. */
    private boolean acceptSource(long sourceSsrc, int seq, long timestamp, long nowNanos) {
        if (sourceSsrc == source.ssrc()) {
            return true;
        }
        if (sourceSsrc == previousSourceSsrc && (short) (seq - previousSourceHighestSeq) <= 0) {
            return false;
        }
        if (source.ssrc() != NO_SOURCE) {
            previousSourceSsrc = source.ssrc();
            previousSourceHighestSeq = source.highestSeq();
        }
        resync(sourceSsrc, seq, timestamp, nowNanos);
        return true;
    }

    private void resync(long sourceSsrc, int seq, long timestamp, long nowNanos) {
        long outTimestamp = lastTimestamp;
        if (started) {
            outTimestamp += Math.max(1, elapsedTicks(nowNanos - lastForwardNanos));
        }
        source.start(sourceSsrc, seq, timestamp, lastSeq + 1 & 0xFFFF, outTimestamp & 0xFFFF_FFFFL);
        started = true;
        resyncs++;
    }

    private long elapsedTicks(long elapsedNanos) {
        return Math.max(0, elapsedNanos) / 1000 * clockRate / 1_000_000;
    }

    private boolean drop() {
        dropped++;
        return false;
    }

    public long ssrc() {
        return ssrc;
    }

    /** Output sequence number of the newest packet forwarded. */
    public int lastSequenceNumber() {
        return lastSeq;
    }

    /** Output timestamp of the newest packet forwarded. */
    public long lastTimestamp() {
        return lastTimestamp;
    }

    public long forwardedPackets() {
        return forwarded;
    }

    public long droppedPackets() {
        return dropped;
    }

    /** Source switches and in-source resyncs, the first packet included. */
    public long resyncs() {
        return resyncs;
    }
}
