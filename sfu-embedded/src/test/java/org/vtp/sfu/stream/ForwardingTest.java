package org.vtp.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.rtcp.Feedback;
import org.vtp.sfu.rtcp.Pli;
import org.vtp.sfu.rtp.RtpPacket;

class ForwardingTest {

    static final int PRODUCER_PT = 96;
    private static final int CONSUMER_PT = 120;
    private static final Map<Codec, Integer> CONSUMER_TYPES = Map.of(Codec.VP8, CONSUMER_PT);
    static final long PRODUCER_SSRC = 0x11223344L;
    private static final long CONSUMER_SSRC = 0x55667788L;

    private final RecordingSender upstream = new RecordingSender();
    private final RecordingSender downstream = new RecordingSender();
    private final List<String> closed = new ArrayList<>();
    private long now = 1_000_000_000L;

    private SfuProducer videoProducer() {
        SfuProducer producer = new SfuProducer("p1", "t1", MediaKind.VIDEO, 0xABCDL, upstream,
                p -> closed.add("producer " + p.id()));
        producer.bind(new InboundBinding(Codec.VP8, PRODUCER_PT, 90_000, true, true));
        return producer;
    }

    private SfuConsumer consumerOf(SfuProducer producer) {
        return SfuConsumer.attach("c1", "t2", producer, CONSUMER_SSRC, downstream, Clock.systemUTC(), new Random(7),
                c -> closed.add("consumer " + c.id()));
    }

    /** A VP8 packet with a one-byte header extension; keyframe start or not. */
    static byte[] vp8(int seq, long timestamp, boolean keyframe) {
        byte[] p = new byte[12 + 8 + 13];
        p[0] = (byte) 0x90; // V=2, X=1
        p[1] = (byte) PRODUCER_PT;
        RtpPacket.setSequenceNumber(p, 0, seq);
        RtpPacket.setTimestamp(p, 0, timestamp);
        RtpPacket.setSsrc(p, 0, PRODUCER_SSRC);
        p[12] = (byte) 0xBE; p[13] = (byte) 0xDE; p[15] = 1; // one word of one-byte extensions
        p[16] = 0x10; p[17] = 'a'; // id 1, 1 byte: mid "a"
        int vp8 = 20;
        p[vp8] = 0x10; // S=1, PID=0
        if (keyframe) {
            p[vp8 + 1] = 0x00; // P=0: keyframe
            p[vp8 + 4] = (byte) 0x9d; p[vp8 + 5] = 0x01; p[vp8 + 6] = 0x2a;
        } else {
            p[vp8 + 1] = 0x01; // P=1: interframe
        }
        return p;
    }

    private void deliver(SfuProducer producer, byte[] packet) {
        producer.onRtp(packet, 0, packet.length, now);
        now += 33_000_000L;
    }

    @Test
    void aNewVideoConsumerAsksForAKeyframeAndStartsAtOne() {
        SfuProducer producer = videoProducer();
        deliver(producer, vp8(100, 9000, true)); // learn the producer's SSRC
        SfuConsumer consumer = consumerOf(producer);
        consumer.bind(CONSUMER_TYPES, now);

        deliver(producer, vp8(101, 12000, false));
        assertThat(downstream.rtp).as("interframes before a keyframe are held back").isEmpty();
        assertThat(upstream.rtcp).hasSize(1);
        byte[] pli = upstream.rtcp.get(0);
        assertThat(Pli.isValid(pli, 0, pli.length)).isTrue();
        assertThat(Feedback.mediaSsrc(pli, 0)).isEqualTo(PRODUCER_SSRC);

        deliver(producer, vp8(102, 15000, true));
        deliver(producer, vp8(103, 18000, false));
        assertThat(downstream.rtp).hasSize(2);
    }

    @Test
    void aWaitingConsumerKeepsAskingUntilAKeyframeArrives() {
        SfuProducer producer = videoProducer();
        deliver(producer, vp8(1, 1000, true));
        SfuConsumer consumer = consumerOf(producer);
        consumer.bind(CONSUMER_TYPES, now);
        upstream.rtcp.clear(); // as if the first request was lost

        now += SfuProducer.KEYFRAME_HOLD_OFF_NANOS;
        consumer.retryKeyframeRequest(now);
        assertThat(upstream.rtcp).as("asked again after the hold-off").hasSize(1);

        deliver(producer, vp8(2, 4000, true));
        now += SfuProducer.KEYFRAME_HOLD_OFF_NANOS;
        consumer.retryKeyframeRequest(now);
        assertThat(upstream.rtcp).as("no more requests once video flows").hasSize(1);
        assertThat(downstream.rtp).hasSize(1);
    }

    @Test
    void forwardedPacketsCarryTheConsumersIdentityAndNoHeaderExtensions() {
        SfuProducer producer = videoProducer();
        SfuConsumer consumer = consumerOf(producer);
        consumer.bind(CONSUMER_TYPES, now);
        deliver(producer, vp8(65535, 0xFFFF_FF00L, true));
        deliver(producer, vp8(0, 0xFFFF_FF00L + 3000 & 0xFFFF_FFFFL, false));

        assertThat(downstream.rtp).hasSize(2);
        byte[] first = downstream.rtp.get(0);
        byte[] second = downstream.rtp.get(1);
        assertThat(RtpPacket.ssrc(first, 0)).isEqualTo(CONSUMER_SSRC);
        assertThat(RtpPacket.payloadType(first, 0)).isEqualTo(CONSUMER_PT);
        assertThat(RtpPacket.hasExtension(first, 0)).isFalse();
        assertThat(first).hasSize(12 + 13);
        assertThat(RtpPacket.sequenceNumber(second, 0))
                .as("sequence continues across the producer's wrap")
                .isEqualTo(RtpPacket.sequenceNumber(first, 0) + 1 & 0xFFFF);
        assertThat(RtpPacket.timestamp(second, 0) - RtpPacket.timestamp(first, 0) & 0xFFFF_FFFFL).isEqualTo(3000);
        assertThat(consumer.stats().packets()).isEqualTo(2);
        assertThat(producer.stats().packets()).isEqualTo(2);
    }

    @Test
    void packetsOfAnotherPayloadTypeAreDropped() {
        SfuProducer producer = videoProducer();
        consumerOf(producer).bind(CONSUMER_TYPES, now);
        byte[] packet = vp8(1, 1000, true);
        RtpPacket.setPayloadType(packet, 0, 97);
        deliver(producer, packet);
        assertThat(downstream.rtp).isEmpty();
        assertThat(producer.stats().packets()).isZero();
    }

    @Test
    void keyframeRequestsFromManyConsumersAreAggregated() {
        SfuProducer producer = videoProducer();
        deliver(producer, vp8(1, 1000, true));
        SfuConsumer consumer = consumerOf(producer);
        consumer.bind(CONSUMER_TYPES, now);
        for (int i = 0; i < 10; i++) {
            consumer.onKeyframeRequest(now);
        }
        assertThat(upstream.rtcp).as("one PLI within the hold-off").hasSize(1);

        now += SfuProducer.KEYFRAME_HOLD_OFF_NANOS;
        producer.flushKeyframeRequest(now);
        assertThat(upstream.rtcp).as("the pending request goes out when the hold-off ends").hasSize(2);
        assertThat(consumer.stats().keyframeRequests()).isEqualTo(10);
    }

    @Test
    void closingTheProducerClosesItsConsumersAndStopsForwarding() {
        SfuProducer producer = videoProducer();
        SfuConsumer consumer = consumerOf(producer);
        consumer.bind(CONSUMER_TYPES, now);
        producer.close();
        producer.close();

        assertThat(consumer.isClosed()).isTrue();
        assertThat(closed).containsExactly("consumer c1", "producer p1");
        deliver(producer, vp8(1, 1000, true));
        assertThat(downstream.rtp).isEmpty();
    }

    @Test
    void garbageFromTheNetworkIsDroppedWithoutAnException() {
        SfuProducer producer = videoProducer();
        consumerOf(producer).bind(CONSUMER_TYPES, now);
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[12 + random.nextInt(80)];
            random.nextBytes(junk);
            junk[0] = (byte) (0x80 | junk[0] & 0x3F);
            junk[1] = (byte) PRODUCER_PT;
            deliver(producer, junk);
        }
        assertThat(downstream.rtp).allSatisfy(p -> assertThat(RtpPacket.ssrc(p, 0)).isEqualTo(CONSUMER_SSRC));
    }
}
