package org.vtp.sfu.keyframe;

import org.vtp.sfu.rtcp.Fir;
import org.vtp.sfu.rtcp.Pli;

/**
 * Aggregates keyframe requests for one producer stream and sends at most one PLI or FIR per
 * hold-off interval. A request that arrives during the hold-off stays pending and goes out when
 * the hold-off expires, so no request is lost; a keyframe arriving from the producer meanwhile
 * satisfies it.
 *
 * <p>PLI (RFC 4585 §6.3.1) is used when the producer negotiated {@code rtcp-fb nack pli},
 * otherwise FIR (RFC 5104 §4.3.1, {@code ccm fir}) with a sequence number that grows by one per
 * new request; with neither, requests are only counted.
 *
 * <p>Usage on the producer's network thread: {@link #request()} when a consumer asks or joins, then
 * {@link #poll} right away and again at {@link #nextPollNanos()} (a timer); whatever {@code poll}
 * writes goes to the producer as RTCP.
 */
public final class KeyframeRequester {

    private final long senderSsrc;
    private final boolean usePli;
    private final boolean useFir;
    private final long holdOffNanos;

    private long mediaSsrc;
    private boolean pending;
    private boolean sentBefore;
    private long lastSentNanos;
    private int firSequenceNumber;
    private long requestsReceived;
    private long requestsSent;
    private long satisfiedByKeyframe;

    /**
     * @param senderSsrc the SSRC the SFU uses for its RTCP towards this producer
     * @param mediaSsrc the producer's stream SSRC
     * @param pliNegotiated the producer's SDP has {@code a=rtcp-fb:<pt> nack pli}
     * @param firNegotiated the producer's SDP has {@code a=rtcp-fb:<pt> ccm fir}
     * @param holdOffNanos minimum time between two requests sent, e.g. 300 ms
     */
    public KeyframeRequester(long senderSsrc, long mediaSsrc, boolean pliNegotiated, boolean firNegotiated,
                             long holdOffNanos) {
        if (holdOffNanos < 0) {
            throw new IllegalArgumentException("holdOffNanos must not be negative: " + holdOffNanos);
        }
        this.senderSsrc = senderSsrc;
        this.mediaSsrc = mediaSsrc;
        this.usePli = pliNegotiated;
        this.useFir = !pliNegotiated && firNegotiated;
        this.holdOffNanos = holdOffNanos;
    }

    /** A consumer sent PLI/FIR or joined and needs a keyframe. */
    public void request() {
        requestsReceived++;
        pending = usePli || useFir;
    }

    /** The producer sent the start of a keyframe: a pending request is answered already. */
    public void onKeyframe() {
        if (pending) {
            pending = false;
            satisfiedByKeyframe++;
        }
    }

    /** The producer's stream now has another SSRC (renegotiation). */
    public void setMediaSsrc(long mediaSsrc) {
        this.mediaSsrc = mediaSsrc;
    }

    /**
     * Writes the due PLI or FIR into {@code out} and returns its length; 0 when nothing is due
     * now; -1 when {@code out} is too small (the request stays pending).
     */
    public int poll(long nowNanos, byte[] out, int off) {
        if (!pending || sentBefore && nowNanos - lastSentNanos < holdOffNanos) {
            return 0;
        }
        int length = usePli
                ? Pli.write(out, off, senderSsrc, mediaSsrc)
                : Fir.write(out, off, senderSsrc, mediaSsrc, firSequenceNumber);
        if (length < 0) {
            return -1;
        }
        if (useFir) {
            firSequenceNumber = firSequenceNumber + 1 & 0xFF;
        }
        pending = false;
        sentBefore = true;
        lastSentNanos = nowNanos;
        requestsSent++;
        return length;
    }

    /** When {@link #poll} next has something to send; {@link Long#MAX_VALUE} when nothing is pending. */
    public long nextPollNanos() {
        if (!pending) {
            return Long.MAX_VALUE;
        }
        return sentBefore ? lastSentNanos + holdOffNanos : Long.MIN_VALUE;
    }

    public boolean isPending() {
        return pending;
    }

    /** The sequence number the next FIR will carry (RFC 5104 §4.3.1.2). */
    public int firSequenceNumber() {
        return firSequenceNumber;
    }

    public long requestsReceived() {
        return requestsReceived;
    }

    public long requestsSent() {
        return requestsSent;
    }

    /** Requests not sent on their own: merged into another, answered by a keyframe, or unsupported. */
    public long requestsAggregated() {
        return requestsReceived - requestsSent;
    }

    public long satisfiedByKeyframe() {
        return satisfiedByKeyframe;
    }
}
