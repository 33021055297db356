package org.vtp.sfu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.sfu.rtcp.ReportBlock;

class ReceiveStreamStatisticsTest {

    private static final long SSRC = 0x55667788L;
    private static final long MS = 1_000_000L;
    private final ReceiveStreamStatistics stats = new ReceiveStreamStatistics(SSRC, 48_000);

    /** Packets {@code first..first+count-1} except {@code lost}, every 20 ms, 960 ticks apart. */
    private void receive(int first, int count, Set<Integer> lost) {
        for (int i = 0; i < count; i++) {
            if (!lost.contains(i)) {
                stats.onPacket(first + i & 0xFFFF, 960L * (first + i), (first + i) * 20 * MS);
            }
        }
    }

    private ReportBlock report(long nowNanos) {
        return stats.reportBlock(nowNanos).orElseThrow();
    }

    @Test
    void hasNoReportBeforeTheFirstPacket() {
        assertThat(stats.reportBlock(0)).isEmpty();
    }

    @Test
    void reportsNoLossAndNoJitterForAPerfectStream() {
        receive(1000, 100, Set.of());
        assertThat(report(0)).isEqualTo(new ReportBlock(SSRC, 0, 0, 1099, 0, 0, 0));
        assertThat(stats.packetsReceived()).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0} of {1} lost ({2}): fraction {3}")
    @CsvSource(delimiter = ';', value = {
        "1;    100; 2;              2",
        "10;   100; 1 2 3 4 5 6 7 8 9 10; 25",
        "1;    256; 128;            1",
        "50;   101; ODD;            126",
        "98;   100; ALL_BUT_ENDS;   250"
    })
    void computesCumulativeAndFractionLost(int lostCount, int total, String which, int fraction) {
        Set<Integer> lost = lostSet(which, total);
        assertThat(lost).hasSize(lostCount);
        receive(0, total, lost);
        ReportBlock block = report(0);
        assertThat(block.cumulativeLost()).isEqualTo(lostCount);
        assertThat(block.fractionLost()).isEqualTo(fraction);
    }

    private static Set<Integer> lostSet(String which, int total) {
        if (which.equals("ODD")) {
            return java.util.stream.IntStream.range(0, total).filter(i -> i % 2 == 1).boxed().collect(Collectors.toSet());
        }
        if (which.equals("ALL_BUT_ENDS")) {
            return java.util.stream.IntStream.range(1, total - 1).boxed().collect(Collectors.toSet());
        }
        return Arrays.stream(which.trim().split(" +")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    @Test
    void computesFractionLostPerReportIntervalAndCumulativeLostOverall() {
        receive(0, 100, Set.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
        assertThat(report(0).fractionLost()).isEqualTo(25);
        receive(100, 100, Set.of());
        ReportBlock second = report(0);
        assertThat(second.fractionLost()).isZero();
        assertThat(second.cumulativeLost()).isEqualTo(10);
        receive(200, 100, lostSet("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25", 100));
        ReportBlock third = report(0);
        assertThat(third.fractionLost()).isEqualTo(64);
        assertThat(third.cumulativeLost()).isEqualTo(35);
        assertThat(report(0).fractionLost()).isZero();
    }

    @Test
    void countsCyclesWhenTheSequenceWraps() {
        receive(65530, 12, Set.of());
        ReportBlock block = report(0);
        assertThat(block.extendedHighestSeq()).isEqualTo(0x1_0005L);
        assertThat(block.cumulativeLost()).isZero();
    }

    @Test
    void keepsCountingThroughManyWraps() {
        receive(60000, 300_000, Set.of(70_000));
        ReportBlock block = report(0);
        assertThat(block.extendedHighestSeq()).isEqualTo(60_000L + 299_999);
        assertThat(block.cumulativeLost()).isEqualTo(1);
    }

    @Test
    void doesNotCountReorderingAcrossTheWrapAsLoss() {
        int[] order = {65533, 65534, 0, 65535, 2, 1, 3};
        for (int seq : order) {
            stats.onPacket(seq, 0, 0);
        }
        ReportBlock block = report(0);
        assertThat(block.extendedHighestSeq()).isEqualTo(0x1_0003L);
        assertThat(block.cumulativeLost()).isZero();
        assertThat(block.fractionLost()).isZero();
    }

    @Test
    void reportsDuplicatesAsNegativeLossAndZeroFraction() {
        for (int seq : new int[] {10, 11, 11, 12, 12}) {
            stats.onPacket(seq, 0, 0);
        }
        ReportBlock block = report(0);
        assertThat(block.cumulativeLost()).isEqualTo(-2);
        assertThat(block.fractionLost()).isZero();
    }

    @Test
    void ignoresALoneStrayPacketFarAway() {
        receive(1000, 10, Set.of());
        stats.onPacket(50_000, 0, 0);
        stats.onPacket(1010, 0, 0);
        ReportBlock block = report(0);
        assertThat(block.extendedHighestSeq()).isEqualTo(1010);
        assertThat(block.cumulativeLost()).isZero();
        assertThat(stats.packetsReceived()).isEqualTo(11);
    }

    @Test
    void restartsCountingAfterAJumpConfirmedByTwoPackets() {
        receive(1000, 10, Set.of());
        stats.onPacket(9000, 0, 0);
        stats.onPacket(9001, 0, 0);
        stats.onPacket(9002, 0, 0);
        ReportBlock block = report(0);
        assertThat(block.extendedHighestSeq()).isEqualTo(9002);
        assertThat(block.cumulativeLost()).isZero();
        assertThat(stats.packetsReceived()).isEqualTo(2);
    }

    @Test
    void clampsCumulativeLostTo24Bits() {
        for (int i = 0; i < 3000; i++) {
            stats.onPacket(i * 2999 & 0xFFFF, 0, 0);
        }
        assertThat(report(0).cumulativeLost()).isEqualTo(0x7F_FFFF);
    }

    @Test
    void jitterIsZeroForConstantDelayEvenAcrossTheTimestampWrap() {
        for (int i = 0; i < 100; i++) {
            stats.onPacket(i, 0xFFFF_F000L + 960L * i & 0xFFFF_FFFFL, 5 * MS + i * 20 * MS);
        }
        assertThat(stats.jitter()).isZero();
    }

    /**
     * Every other packet arrives 10 ms late: |D| = 480 ticks for each pair, so after n packets
     * J = 480 × (1 - (15/16)^(n-1)) (RFC 3550 A.8).
     */
    @ParameterizedTest(name = "after {0} packets")
    @CsvSource({"1", "2", "3", "10", "100"})
    void jitterFollowsTheRfcFilterForAKnownArrivalPattern(int packets) {
        for (int i = 0; i < packets; i++) {
            stats.onPacket(i, 960L * i, i * 20 * MS + (i % 2 == 1 ? 10 * MS : 0));
        }
        double expected = 480 * (1 - Math.pow(15.0 / 16, packets - 1));
        assertThat(stats.jitter()).isCloseTo(expected, within(1e-6));
        assertThat(report(0).jitter()).isEqualTo(Math.round(expected));
    }

    @Test
    void jitterOfAVideoStreamWithSeveralPacketsPerFrame() {
        ReceiveStreamStatistics video = new ReceiveStreamStatistics(SSRC, 90_000);
        // Frames every 40 ms (3600 ticks), 3 packets each arriving 1 ms apart.
        int seq = 0;
        for (int frame = 0; frame < 200; frame++) {
            for (int p = 0; p < 3; p++) {
                video.onPacket(seq++, 3600L * frame, frame * 40 * MS + p * MS);
            }
        }
        // |D| is 90 twice per frame, 180 once: the filter settles near 120.
        assertThat(video.jitter()).isBetween(110.0, 130.0);
    }

    @Test
    void reportsLastSenderReportAndTheDelaySinceIt() {
        receive(0, 10, Set.of());
        assertThat(report(0).lastSr()).isZero();
        assertThat(report(0).delaySinceLastSr()).isZero();
        stats.onSenderReport(0xe2c2b3a4_80000000L, 1_000 * MS);
        ReportBlock block = report(2_500 * MS);
        assertThat(block.lastSr()).isEqualTo(0xb3a48000L);
        assertThat(block.delaySinceLastSr()).isEqualTo(98_304);
        assertThat(report(1_000 * MS + 1_000_000).delaySinceLastSr()).isEqualTo(65);
    }

    @Test
    void rejectsANonPositiveClockRate() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReceiveStreamStatistics(1, -1));
    }
}
