package org.vtp.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.rtp.Hex;
import org.vtp.sfu.rtp.RtpPacket;

/** H.264 forwarding and a producer that renegotiates from VP8 to H.264 (the class's codec changed). */
class CodecSwitchTest {

    private static final int PRODUCER_H264_PT = 108;
    private static final int CONSUMER_VP8_PT = 120;
    private static final int CONSUMER_H264_PT = 126;
    /** STAP-A of SPS + PPS (RFC 6184 §5.7.1), the first packet of a libwebrtc H.264 keyframe. */
    private static final String STAP_A_SPS_PPS = "78 000f 6742c01f8c8d405017fcb80f08846a 0004 68ce3c80";
    /** FU-A start of a non-IDR slice (§5.8). */
    private static final String FU_A_P_SLICE = "5c 81 9a2488";

    private final RecordingSender upstream = new RecordingSender();
    private final RecordingSender downstream = new RecordingSender();
    private long now = 1_000_000_000L;

    private final SfuProducer producer = new SfuProducer("p1", "t1", MediaKind.VIDEO, 0xABCDL, upstream, p -> { });

    private SfuConsumer consumer(Map<Codec, Integer> types) {
        SfuConsumer consumer = SfuConsumer.attach("c1", "t2", producer, 0x55667788L, downstream, Clock.systemUTC(),
                new Random(7), c -> { });
        consumer.bind(types, now);
        return consumer;
    }

    private static byte[] h264(int seq, String payload) {
        byte[] body = Hex.bytes(payload);
        byte[] p = new byte[12 + body.length];
        p[0] = (byte) 0x80;
        p[1] = (byte) PRODUCER_H264_PT;
        RtpPacket.setSequenceNumber(p, 0, seq);
        RtpPacket.setTimestamp(p, 0, seq * 3000L);
        RtpPacket.setSsrc(p, 0, ForwardingTest.PRODUCER_SSRC);
        System.arraycopy(body, 0, p, 12, body.length);
        return p;
    }

    private void deliver(byte[] packet) {
        producer.onRtp(packet, 0, packet.length, now);
        now += 33_000_000L;
    }

    @Test
    void anH264ConsumerStartsAtTheParameterSetsOfAKeyframe() {
        producer.bind(new InboundBinding(Codec.H264, PRODUCER_H264_PT, 90_000, true, true));
        consumer(Map.of(Codec.H264, CONSUMER_H264_PT));

        deliver(h264(1, FU_A_P_SLICE));
        deliver(h264(2, STAP_A_SPS_PPS));
        deliver(h264(3, FU_A_P_SLICE));

        assertThat(downstream.rtp).hasSize(2);
        assertThat(downstream.rtp).allMatch(p -> RtpPacket.payloadType(p, 0) == CONSUMER_H264_PT);
    }

    @Test
    void aProducerSwitchingToH264IsFollowedFromItsFirstKeyframeInTheConsumersH264Type() {
        producer.bind(new InboundBinding(Codec.VP8, ForwardingTest.PRODUCER_PT, 90_000, true, true));
        consumer(Map.of(Codec.VP8, CONSUMER_VP8_PT, Codec.H264, CONSUMER_H264_PT));
        deliver(ForwardingTest.vp8(1, 3000, true));
        assertThat(downstream.rtp).hasSize(1);

        producer.bind(new InboundBinding(Codec.H264, PRODUCER_H264_PT, 90_000, true, true));
        deliver(ForwardingTest.vp8(2, 6000, false));
        deliver(h264(3, FU_A_P_SLICE));
        deliver(h264(4, STAP_A_SPS_PPS));

        assertThat(downstream.rtp).hasSize(2);
        assertThat(RtpPacket.payloadType(downstream.rtp.get(1), 0)).isEqualTo(CONSUMER_H264_PT);
        assertThat(downstream.rtp.get(1)[12]).as("the STAP-A with SPS and PPS").isEqualTo((byte) 0x78);
    }

    @Test
    void aConsumerWithoutTheProducersNewCodecGetsNothing() {
        producer.bind(new InboundBinding(Codec.VP8, ForwardingTest.PRODUCER_PT, 90_000, true, true));
        consumer(Map.of(Codec.VP8, CONSUMER_VP8_PT));
        deliver(ForwardingTest.vp8(1, 3000, true));

        producer.bind(new InboundBinding(Codec.H264, PRODUCER_H264_PT, 90_000, true, true));
        deliver(h264(2, STAP_A_SPS_PPS));

        assertThat(downstream.rtp).hasSize(1);
    }
}
