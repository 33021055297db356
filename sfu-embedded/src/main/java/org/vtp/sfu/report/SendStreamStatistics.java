package org.vtp.sfu.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.vtp.sfu.rtcp.NtpTime;
import org.vtp.sfu.rtcp.ReportBlock;
import org.vtp.sfu.rtcp.SenderReport;

/**
 * Send statistics of one outgoing RTP stream and the SR built from them (RFC 3550 §6.4.1):
 * packet and payload octet counts, and the newest RTP timestamp with the time it was sent, so the
 * SR's RTP timestamp can be extrapolated to the moment of its NTP timestamp.
 *
 * <p>One per consumer stream, on its network thread: {@link #onPacketSent} per packet (no
 * allocation), {@link #writeSenderReport} about once a second.
 */
public final class SendStreamStatistics {

    private final long ssrc;
    private final int clockRate;
    private final Clock wallClock;

    private long packets;
    private long octets;
    private long lastTimestamp;
    private long lastTimestampNanos;

    /** @param wallClock the clock of the SR's NTP timestamp (injected for tests) */
    public SendStreamStatistics(long ssrc, int clockRate, Clock wallClock) {
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clockRate must be positive: " + clockRate);
        }
        this.ssrc = ssrc;
        this.clockRate = clockRate;
        this.wallClock = wallClock;
    }

    /**
     * A packet went out at {@code nowNanos} (monotonic) with this RTP timestamp and payload size
     * (header and padding excluded, as the SR octet count wants).
     */
    public void onPacketSent(long rtpTimestamp, int payloadLength, long nowNanos) {
        if (packets == 0 || (int) (rtpTimestamp - lastTimestamp) > 0) {
            lastTimestamp = rtpTimestamp & 0xFFFF_FFFFL;
            lastTimestampNanos = nowNanos;
        }
        packets++;
        octets += payloadLength;
    }

    /**
     * Writes an SR with the given report blocks; returns its length, or -1 before the first packet
     * (a stream that has not sent is no sender) or when {@code out} is too small.
     */
    public int writeSenderReport(byte[] out, int off, long nowNanos, List<ReportBlock> blocks) {
        if (packets == 0) {
            return -1;
        }
        long elapsedMicros = Math.max(0, nowNanos - lastTimestampNanos) / 1000;
        long rtpNow = lastTimestamp + elapsedMicros * clockRate / 1_000_000 & 0xFFFF_FFFFL;
        Instant wallNow = wallClock.instant();
        long ntp = NtpTime.fromUnixNanos(wallNow.getEpochSecond() * 1_000_000_000L + wallNow.getNano());
        return SenderReport.write(out, off, ssrc, ntp, rtpNow, packets & 0xFFFF_FFFFL,
                octets & 0xFFFF_FFFFL, blocks);
    }

    public long packetsSent() {
        return packets;
    }

    public long octetsSent() {
        return octets;
    }
}
