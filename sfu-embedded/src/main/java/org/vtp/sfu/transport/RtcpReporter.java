package org.vtp.sfu.transport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.rtcp.ReceiverReport;
import org.vtp.sfu.rtcp.Remb;
import org.vtp.sfu.rtcp.ReportBlock;
import org.vtp.sfu.stream.PacketSender;
import org.vtp.sfu.stream.SfuConsumer;
import org.vtp.sfu.stream.SfuProducer;

/**
 * The RTCP a transport sends on its own, about once a second (RFC 3550 §6.2): towards the
 * client's producers an RR with a report block per stream plus a REMB with the bitrate the client
 * may send (without bandwidth feedback Chromium holds video near 300 kbit/s); towards its
 * consumers an SR each, so receivers can sync audio and video. Called on the SFU timer thread.
 */
final class RtcpReporter {

    static final long REPORT_INTERVAL_NANOS = 1_000_000_000L;

    private final long rtcpSsrc;
    private final long maxIncomingBitrateBps;
    private final PacketSender sender;
    private final byte[] out = new byte[1200];
    private final long[] rembSsrcs = new long[16];
    private long nextReportNanos = Long.MIN_VALUE;

    RtcpReporter(long rtcpSsrc, long maxIncomingBitrateBps, PacketSender sender) {
        this.rtcpSsrc = rtcpSsrc;
        this.maxIncomingBitrateBps = maxIncomingBitrateBps;
        this.sender = sender;
    }

    /** Sends the periodic reports when due; keyframe requests (pending, or retried) every call. */
    synchronized void tick(Collection<SfuProducer> producers, Collection<SfuConsumer> consumers, long nowNanos) {
        for (SfuProducer producer : producers) {
            producer.flushKeyframeRequest(nowNanos);
        }
        for (SfuConsumer consumer : consumers) {
            consumer.retryKeyframeRequest(nowNanos);
        }
        if (nextReportNanos != Long.MIN_VALUE && nowNanos - nextReportNanos < 0) {
            return;
        }
        nextReportNanos = nowNanos + REPORT_INTERVAL_NANOS;
        reportToSender(producers, nowNanos);
        for (SfuConsumer consumer : consumers) {
            int length = consumer.isBound() ? consumer.writeSenderReport(out, 0, nowNanos) : -1;
            if (length > 0) {
                sender.sendRtcp(out, 0, length);
            }
        }
    }

    private void reportToSender(Collection<SfuProducer> producers, long nowNanos) {
        List<ReportBlock> blocks = new ArrayList<>();
        int videoStreams = 0;
        for (SfuProducer producer : producers) {
            producer.reportBlock(nowNanos).ifPresent(blocks::add);
            long ssrc = producer.mediaSsrc();
            if (producer.kind() == MediaKind.VIDEO && ssrc >= 0 && videoStreams < rembSsrcs.length) {
                rembSsrcs[videoStreams++] = ssrc;
            }
        }
        if (blocks.isEmpty()) {
            return;
        }
        int length = ReceiverReport.write(out, 0, rtcpSsrc, blocks.size() > 31 ? blocks.subList(0, 31) : blocks);
        if (length < 0) {
            return;
        }
        if (videoStreams > 0) {
            int remb = Remb.write(out, length, rtcpSsrc, maxIncomingBitrateBps, rembSsrcs, videoStreams);
            length += Math.max(remb, 0);
        }
        sender.sendRtcp(out, 0, length);
    }
}
