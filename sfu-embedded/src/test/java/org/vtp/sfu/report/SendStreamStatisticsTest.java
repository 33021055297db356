package org.vtp.sfu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.rtcp.ReportBlock;
import org.vtp.sfu.rtcp.SenderReport;
import org.vtp.sfu.rtp.Hex;

class SendStreamStatisticsTest {

    private static final long MS = 1_000_000L;
    private static final Clock WALL = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L, 250_000_000), ZoneOffset.UTC);
    private final SendStreamStatistics stats = new SendStreamStatistics(0xC0C0C0C0L, 48_000, WALL);
    private final byte[] out = new byte[128];

    @Test
    void writesNoSenderReportBeforeTheFirstPacket() {
        assertThat(stats.writeSenderReport(out, 0, 0, List.of())).isEqualTo(-1);
    }

    @Test
    void writesASenderReportWithExtrapolatedTimestampByteForByte() {
        stats.onPacketSent(1000, 100, 0);
        stats.onPacketSent(1000, 100, 2 * MS);
        stats.onPacketSent(1960, 100, 20 * MS);
        int length = stats.writeSenderReport(out, 0, 520 * MS, List.of());
        // NTP 1700000000.25 s since 1970 = 0xe8fe6f80.40000000; RTP 1960 + 0.5 s × 48000 = 25960.
        assertThat(Hex.of(out, 0, length)).isEqualTo(
                Hex.normalize("80 c8 0006 | c0c0c0c0 | e8fe6f80 40000000 | 00006568 | 00000003 | 0000012c"));
        assertThat(stats.packetsSent()).isEqualTo(3);
        assertThat(stats.octetsSent()).isEqualTo(300);
    }

    @Test
    void carriesReportBlocks() {
        stats.onPacketSent(0, 10, 0);
        ReportBlock block = new ReportBlock(0xAABBCCDDL, 3, 4, 5, 6, 7, 8);
        int length = stats.writeSenderReport(out, 0, 0, List.of(block));
        assertThat(length).isEqualTo(52);
        assertThat(SenderReport.isValid(out, 0, length)).isTrue();
        assertThat(SenderReport.reportBlock(out, 0, 0)).isEqualTo(block);
    }

    @Test
    void aLatePacketDoesNotMoveTheExtrapolationBase() {
        stats.onPacketSent(96_000, 10, 100 * MS);
        stats.onPacketSent(95_040, 10, 110 * MS);
        stats.writeSenderReport(out, 0, 200 * MS, List.of());
        assertThat(SenderReport.rtpTimestamp(out, 0)).isEqualTo(96_000 + 4_800);
    }

    @Test
    void extrapolatesAcrossTheTimestampWrap() {
        stats.onPacketSent(0xFFFF_FF00L, 10, 0);
        stats.onPacketSent(0x0000_0100L, 10, 10 * MS);
        stats.writeSenderReport(out, 0, 20 * MS, List.of());
        assertThat(SenderReport.rtpTimestamp(out, 0)).isEqualTo(0x100 + 480);
    }

    @Test
    void wrapsTheOctetCountModulo32Bits() {
        for (int i = 0; i < 3; i++) {
            stats.onPacketSent(0, Integer.MAX_VALUE, 0);
        }
        stats.writeSenderReport(out, 0, 0, List.of());
        assertThat(SenderReport.octetCount(out, 0)).isEqualTo(3L * Integer.MAX_VALUE & 0xFFFF_FFFFL);
        assertThat(stats.octetsSent()).isEqualTo(3L * Integer.MAX_VALUE);
    }

    @Test
    void reportsAnOutputTooSmall() {
        stats.onPacketSent(0, 10, 0);
        assertThat(stats.writeSenderReport(new byte[27], 0, 0, List.of())).isEqualTo(-1);
    }
}
