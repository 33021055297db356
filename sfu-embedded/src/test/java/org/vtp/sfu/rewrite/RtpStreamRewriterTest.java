package org.vtp.sfu.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.sfu.rtp.RtpPacket;

class RtpStreamRewriterTest {

    private static final long CONSUMER_SSRC = 0xC0C0C0C0L;
    private static final long A = 0xAAAA0001L;
    private static final long B = 0xBBBB0002L;
    private static final int OPUS = 111;
    private static final long MS = 1_000_000L;

    private final byte[] packet = new byte[64];

    private static RtpStreamRewriter opus(int initialSeq, long initialTs) {
        RtpStreamRewriter rewriter = new RtpStreamRewriter(CONSUMER_SSRC, 48_000, initialSeq, initialTs);
        rewriter.mapPayloadType(OPUS, 109);
        return rewriter;
    }

    /** Writes an RTP packet (header + 4 payload bytes) into {@link #packet}; returns its length. */
    private int source(long ssrc, int seq, long ts) {
        Arrays.fill(packet, (byte) 0);
        packet[0] = (byte) 0x80;
        RtpPacket.setPayloadType(packet, 0, OPUS);
        RtpPacket.setSequenceNumber(packet, 0, seq);
        RtpPacket.setTimestamp(packet, 0, ts);
        RtpPacket.setSsrc(packet, 0, ssrc);
        return 16;
    }

    /** Output seq, or -1 when dropped. */
    private int seqOf(RtpStreamRewriter rewriter, long ssrc, int seq, long ts, long nowNanos) {
        int len = source(ssrc, seq, ts);
        return rewriter.rewrite(packet, 0, len, nowNanos) ? RtpPacket.sequenceNumber(packet, 0) : -1;
    }

    /** Output timestamp, or -1 when dropped. */
    private long tsOf(RtpStreamRewriter rewriter, long ssrc, int seq, long ts, long nowNanos) {
        int len = source(ssrc, seq, ts);
        return rewriter.rewrite(packet, 0, len, nowNanos) ? RtpPacket.timestamp(packet, 0) : -1;
    }

    @Test
    void firstPacketTakesTheConsumersSsrcInitialNumbersAndPayloadType() {
        RtpStreamRewriter rewriter = opus(4321, 777_777);
        int len = source(A, 10, 90_000);
        RtpPacket.setMarker(packet, 0, true);
        packet[12] = 0x55;
        assertThat(rewriter.rewrite(packet, 0, len, 0)).isTrue();
        assertThat(RtpPacket.ssrc(packet, 0)).isEqualTo(CONSUMER_SSRC);
        assertThat(RtpPacket.sequenceNumber(packet, 0)).isEqualTo(4321);
        assertThat(RtpPacket.timestamp(packet, 0)).isEqualTo(777_777);
        assertThat(RtpPacket.payloadType(packet, 0)).isEqualTo(109);
        assertThat(RtpPacket.marker(packet, 0)).isTrue();
        assertThat(packet[12]).isEqualTo((byte) 0x55);
        assertThat(rewriter.lastSequenceNumber()).isEqualTo(4321);
        assertThat(rewriter.lastTimestamp()).isEqualTo(777_777);
    }

    /**
     * One source: input sequence numbers and the expected outputs ("x" = dropped). Timestamps
     * follow the sequence numbers (960 per packet) so both mappings are exercised.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "in order;                              1000;  10 11 12;                   1000 1001 1002",
        "source seq wraps 65535 to 0;           1000;  65534 65535 0 1;            1000 1001 1002 1003",
        "output seq wraps 65535 to 0;           65534; 10 11 12 13;                65534 65535 0 1",
        "both wrap at different points;         65535; 65534 65535 0 1;            65535 0 1 2",
        "reordered packets keep their place;    1000;  10 12 11 13;                1000 1002 1001 1003",
        "reorder across the source wrap;        1000;  65534 0 65535 1;            1000 1002 1001 1003",
        "reorder across the output wrap;        65535; 10 12 11 13;                65535 1 0 2",
        "reorder across both wraps;             65535; 65535 1 0 2;                65535 1 0 2",
        "deep reorder across the wrap;          1000;  65500 40 65530 0 65535;     1000 1076 1030 1036 1035",
        "duplicates map to the same number;     1000;  10 11 11 12 11;             1000 1001 1001 1002 1001",
        "loss stays a gap the receiver can NACK;1000;  10 13 14;                   1000 1003 1004",
        "late packet before the first dropped;  1000;  10 9 11;                    1000 x 1001",
        "late before the first across the wrap; 1000;  0 65535 1;                  1000 x 1001",
        "late within the misorder window;       1000;  10 200 150;                 1000 1190 1140",
        "lone stray far behind is dropped;      1000;  5000 1000 5001;             1000 x 1001",
        "backward restart confirmed by two;     1000;  5000 5001 1000 1001 1002;   1000 1001 x 1002 1003",
        "forward jump beyond 3000 resyncs;      1000;  10 5000 5001;               1000 1001 1002",
        "forward jump within 3000 is loss;      1000;  10 3010 3011;               1000 4000 4001",
        "forward jump across the wrap resyncs;  1000;  60000 4000 4001;            1000 1001 1002",
        "old packet after a resync dropped;     1000;  10 5000 4999 5001;          1000 1001 x 1002"
    })
    void mapsOneSourcesSequenceNumbers(String name, int initialSeq, String in, String out) {
        RtpStreamRewriter rewriter = opus(initialSeq, 0);
        List<String> actual = new ArrayList<>();
        for (String s : in.trim().split(" +")) {
            int seq = Integer.parseInt(s);
            int mapped = seqOf(rewriter, A, seq, 960L * seq, 0);
            actual.add(mapped < 0 ? "x" : Integer.toString(mapped));
        }
        assertThat(actual).containsExactly(out.trim().split(" +"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "offset applied;                  5000;       90000 93000 91000;                5000 8000 6000",
        "source ts wraps to 0;            5000;       4294963200 2048 4294965248;       5000 11144 7048",
        "output ts wraps to 0;            4294967040; 1000 1300 1200;                   4294967040 44 4294967240",
        "both wrap;                       4294967295; 4294967295 0 959;                 4294967295 0 959"
    })
    void mapsTimestampsWithAFixedOffsetAcrossTheWrap(String name, long initialTs, String in, String out) {
        RtpStreamRewriter rewriter = opus(0, initialTs);
        String[] timestamps = in.trim().split(" +");
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < timestamps.length; i++) {
            actual.add(Long.toString(tsOf(rewriter, A, 100 + i, Long.parseLong(timestamps[i]), 0)));
        }
        assertThat(actual).containsExactly(out.trim().split(" +"));
    }

    @Test
    void continuesSequenceAndTimestampAcrossASourceSwitch() {
        RtpStreamRewriter rewriter = opus(1000, 50_000);
        for (int i = 0; i < 3; i++) {
            assertThat(seqOf(rewriter, A, 100 + i, 960L * i, i * 20 * MS)).isEqualTo(1000 + i);
        }
        // B starts 20 ms after A's last packet (40 ms) with unrelated numbers.
        int len = source(B, 7000, 123);
        assertThat(rewriter.rewrite(packet, 0, len, 60 * MS)).isTrue();
        assertThat(RtpPacket.sequenceNumber(packet, 0)).isEqualTo(1003);
        assertThat(RtpPacket.timestamp(packet, 0)).isEqualTo(50_000 + 2 * 960 + 960);
        assertThat(RtpPacket.ssrc(packet, 0)).isEqualTo(CONSUMER_SSRC);
        assertThat(tsOf(rewriter, B, 7001, 123 + 960, 80 * MS)).isEqualTo(50_000 + 4 * 960);
        assertThat(rewriter.resyncs()).isEqualTo(2);
    }

    @Test
    void switchesSourceAcrossTheSequenceWrap() {
        RtpStreamRewriter rewriter = opus(65534, 0);
        assertThat(seqOf(rewriter, A, 1, 0, 0)).isEqualTo(65534);
        assertThat(seqOf(rewriter, A, 2, 960, 20 * MS)).isEqualTo(65535);
        assertThat(seqOf(rewriter, B, 40000, 5, 40 * MS)).isEqualTo(0);
        assertThat(seqOf(rewriter, B, 40001, 965, 60 * MS)).isEqualTo(1);
    }

    @Test
    void switchesSourceWhoseNumbersWrapRightAfterTheSwitch() {
        RtpStreamRewriter rewriter = opus(500, 0);
        assertThat(seqOf(rewriter, A, 10, 0, 0)).isEqualTo(500);
        assertThat(seqOf(rewriter, B, 65535, 4294967000L, 20 * MS)).isEqualTo(501);
        assertThat(seqOf(rewriter, B, 0, 4294967000L + 960 - 4294967296L, 40 * MS)).isEqualTo(502);
        assertThat(seqOf(rewriter, B, 65535, 4294967000L, 41 * MS)).isEqualTo(501);
        assertThat(tsOf(rewriter, B, 1, 664 + 960, 60 * MS)).isEqualTo(960 + 960 + 960);
    }

    @Test
    void switchesSourceAcrossTheTimestampWrap() {
        RtpStreamRewriter rewriter = opus(0, 0xFFFF_FFF0L);
        assertThat(tsOf(rewriter, A, 1, 77, 0)).isEqualTo(0xFFFF_FFF0L);
        assertThat(tsOf(rewriter, B, 9, 3, 10 * MS)).isEqualTo(0xFFFF_FFF0L + 480 - (1L << 32));
    }

    @Test
    void switchesWithAVideoClockRate() {
        RtpStreamRewriter rewriter = new RtpStreamRewriter(CONSUMER_SSRC, 90_000, 0, 1000);
        rewriter.mapPayloadType(OPUS, 96);
        assertThat(tsOf(rewriter, A, 1, 5, 0)).isEqualTo(1000);
        assertThat(tsOf(rewriter, B, 1, 5, 1_500 * MS)).isEqualTo(1000 + 135_000);
    }

    @Test
    void advancesTheTimestampAtLeastOneTickWhenSwitchingInstantly() {
        RtpStreamRewriter rewriter = opus(0, 100);
        assertThat(tsOf(rewriter, A, 1, 5, 7 * MS)).isEqualTo(100);
        assertThat(tsOf(rewriter, B, 1, 5, 7 * MS)).isEqualTo(101);
    }

    @Test
    void dropsLatePacketsOfThePreviousSourceButFollowsItsNewerPackets() {
        RtpStreamRewriter rewriter = opus(1000, 0);
        assertThat(seqOf(rewriter, A, 100, 0, 0)).isEqualTo(1000);
        assertThat(seqOf(rewriter, A, 101, 960, 20 * MS)).isEqualTo(1001);
        assertThat(seqOf(rewriter, B, 500, 0, 40 * MS)).isEqualTo(1002);
        assertThat(seqOf(rewriter, A, 101, 960, 41 * MS)).isEqualTo(-1);
        assertThat(seqOf(rewriter, A, 99, 0, 42 * MS)).isEqualTo(-1);
        assertThat(seqOf(rewriter, B, 501, 960, 60 * MS)).isEqualTo(1003);
        assertThat(seqOf(rewriter, B, 499, 0, 61 * MS)).isEqualTo(-1);
        assertThat(seqOf(rewriter, A, 102, 1920, 80 * MS)).isEqualTo(1004);
        assertThat(seqOf(rewriter, B, 501, 960, 81 * MS)).isEqualTo(-1);
        assertThat(seqOf(rewriter, B, 502, 1920, 100 * MS)).isEqualTo(1005);
        assertThat(rewriter.resyncs()).isEqualTo(4);
    }

    @Test
    void dropsUnmappedPayloadTypesAndRewritesEachMappedOne() {
        RtpStreamRewriter rewriter = opus(0, 0);
        rewriter.mapPayloadType(96, 100);
        int len = source(A, 1, 0);
        RtpPacket.setPayloadType(packet, 0, 96);
        assertThat(rewriter.rewrite(packet, 0, len, 0)).isTrue();
        assertThat(RtpPacket.payloadType(packet, 0)).isEqualTo(100);
        len = source(A, 2, 0);
        RtpPacket.setPayloadType(packet, 0, 97);
        assertThat(rewriter.rewrite(packet, 0, len, 0)).isFalse();
        assertThat(seqOf(rewriter, A, 3, 0, 0)).isEqualTo(2);
        assertThat(RtpPacket.payloadType(packet, 0)).isEqualTo(109);
        assertThat(rewriter.droppedPackets()).isEqualTo(1);
        assertThat(rewriter.forwardedPackets()).isEqualTo(2);
    }

    @Test
    void dropsInvalidPacketsWithoutTouchingThem() {
        RtpStreamRewriter rewriter = opus(0, 0);
        byte[] garbage = {0x40, 0x6f, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2, 9};
        byte[] before = garbage.clone();
        assertThat(rewriter.rewrite(garbage, 0, garbage.length, 0)).isFalse();
        assertThat(rewriter.rewrite(garbage, 0, 5, 0)).isFalse();
        assertThat(rewriter.rewrite(garbage, 4, 20, 0)).isFalse();
        assertThat(rewriter.rewrite(null, 0, 0, 0)).isFalse();
        assertThat(garbage).isEqualTo(before);
        assertThat(rewriter.droppedPackets()).isEqualTo(4);
    }

    @Test
    void rewritesAPacketAtAnOffsetInsideAPooledBuffer() {
        RtpStreamRewriter rewriter = opus(42, 4242);
        int len = source(A, 9, 9);
        byte[] pooled = new byte[1500];
        System.arraycopy(packet, 0, pooled, 100, len);
        assertThat(rewriter.rewrite(pooled, 100, len, 0)).isTrue();
        assertThat(RtpPacket.sequenceNumber(pooled, 100)).isEqualTo(42);
        assertThat(RtpPacket.timestamp(pooled, 100)).isEqualTo(4242);
        assertThat(pooled[99]).isZero();
    }

    @Test
    void rejectsANonPositiveClockRate() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RtpStreamRewriter(1, 0, 0, 0));
    }

    /**
     * Half a million packets of one source starting near the wrap, with loss, duplicates and
     * reordering within 20 packets: every forwarded packet keeps one fixed offset for sequence
     * number and timestamp, modulo 2^16 and 2^32, across many wraps of both.
     */
    @Test
    void keepsOneConsistentMappingThroughManyWrapsWithLossReorderAndDuplicates() {
        Random random = new Random(2024);
        RtpStreamRewriter rewriter = opus(65000, 0xFFFF_0000L);
        int[] order = shuffledWithinWindow(random, 500_000, 20);
        int firstSeq = 65_500;
        long tsStep = 0x2_0000L;
        Integer seqOffset = null;
        Long tsOffset = null;
        int forwarded = 0;
        for (int i : order) {
            if (random.nextInt(100) < 2) {
                continue;
            }
            int repeats = random.nextInt(100) == 0 ? 2 : 1;
            for (int r = 0; r < repeats; r++) {
                int seq = firstSeq + i & 0xFFFF;
                long ts = 0xFFFF_FF00L + tsStep * i & 0xFFFF_FFFFL;
                int len = source(A, seq, ts);
                if (!rewriter.rewrite(packet, 0, len, i * 20 * MS)) {
                    continue;
                }
                forwarded++;
                int so = RtpPacket.sequenceNumber(packet, 0) - seq & 0xFFFF;
                long to = RtpPacket.timestamp(packet, 0) - ts & 0xFFFF_FFFFL;
                seqOffset = seqOffset == null ? so : seqOffset;
                tsOffset = tsOffset == null ? to : tsOffset;
                assertThat(so).isEqualTo(seqOffset);
                assertThat(to).isEqualTo(tsOffset);
            }
        }
        assertThat(forwarded).isGreaterThan(480_000);
        assertThat(rewriter.resyncs()).isEqualTo(1);
    }

    /** Source switches back and forth across both wraps: the output never repeats or skips. */
    @Test
    void producesAGaplessOutputThroughRepeatedSourceSwitchesAcrossWraps() {
        RtpStreamRewriter rewriter = opus(65530, 0xFFFF_FF00L);
        int[] next = {65000, 30};
        long[] nextTs = {0xFFFF_0000L, 7};
        long[] sources = {A, B};
        int expected = 65530;
        long lastTs = -1;
        for (int i = 0; i < 20_000; i++) {
            int s = i / 7 % 2;
            int seq = next[s]++ & 0xFFFF;
            long ts = nextTs[s] & 0xFFFF_FFFFL;
            nextTs[s] += 960;
            int len = source(sources[s], seq, ts);
            assertThat(rewriter.rewrite(packet, 0, len, i * 20 * MS)).isTrue();
            assertThat(RtpPacket.sequenceNumber(packet, 0)).isEqualTo(expected);
            long outTs = RtpPacket.timestamp(packet, 0);
            if (lastTs >= 0) {
                assertThat(outTs - lastTs & 0xFFFF_FFFFL).isEqualTo(960);
            }
            lastTs = outTs;
            expected = expected + 1 & 0xFFFF;
        }
    }

    private static int[] shuffledWithinWindow(Random random, int count, int window) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = 0; i < count - window; i += window) {
            for (int j = window - 1; j > 0; j--) {
                int k = random.nextInt(j + 1);
                int t = order[i + j];
                order[i + j] = order[i + k];
                order[i + k] = t;
            }
        }
        return order;
    }
}
