package org.vtp.sfu.transport;

import java.util.function.LongFunction;
import org.vtp.sfu.rtcp.Fir;
import org.vtp.sfu.rtcp.Pli;
import org.vtp.sfu.rtcp.RtcpHeader;
import org.vtp.sfu.rtcp.RtcpIterator;
import org.vtp.sfu.rtcp.SenderReport;
import org.vtp.sfu.stream.SfuConsumer;
import org.vtp.sfu.stream.SfuProducer;

/**
 * Terminates a client's incoming RTCP (RFC 3550 §6, RFC 4585): sender reports feed the matching
 * producer's statistics; PLI and FIR for one of our consumer SSRCs become keyframe requests to
 * that consumer's producer. Receiver reports, REMB and NACK are not used yet. Called on the
 * transport's network thread only (the iterator is reused).
 */
final class RtcpReceiver {

    private final RtcpIterator packets = new RtcpIterator();
    private final LongFunction<SfuProducer> producerBySsrc;
    private final LongFunction<SfuConsumer> consumerBySsrc;

    RtcpReceiver(LongFunction<SfuProducer> producerBySsrc, LongFunction<SfuConsumer> consumerBySsrc) {
        this.producerBySsrc = producerBySsrc;
        this.consumerBySsrc = consumerBySsrc;
    }

    void receive(byte[] buf, int off, int len, long nowNanos) {
        if (!packets.reset(buf, off, len)) {
            return;
        }
        while (packets.next()) {
            int at = packets.offset();
            int length = packets.length();
            switch (packets.packetType()) {
                case RtcpHeader.SR -> onSenderReport(buf, at, length, nowNanos);
                case RtcpHeader.PSFB -> onPayloadFeedback(buf, at, length, nowNanos);
                default -> { }
            }
        }
    }

    private void onSenderReport(byte[] buf, int at, int length, long nowNanos) {
        if (!SenderReport.isValid(buf, at, length)) {
            return;
        }
        SfuProducer producer = producerBySsrc.apply(SenderReport.senderSsrc(buf, at));
        if (producer != null) {
            producer.onSenderReport(SenderReport.ntpTimestamp(buf, at), nowNanos);
        }
    }

    private void onPayloadFeedback(byte[] buf, int at, int length, long nowNanos) {
        if (Pli.isValid(buf, at, length)) {
            requestKeyframe(org.vtp.sfu.rtcp.Feedback.mediaSsrc(buf, at), nowNanos);
        } else if (Fir.isValid(buf, at, length)) {
            for (int i = 0; i < Fir.entryCount(buf, at); i++) {
                requestKeyframe(Fir.entrySsrc(buf, at, i), nowNanos);
            }
        }
    }

    private void requestKeyframe(long consumerSsrc, long nowNanos) {
        SfuConsumer consumer = consumerBySsrc.apply(consumerSsrc);
        if (consumer != null) {
            consumer.onKeyframeRequest(nowNanos);
        }
    }
}
