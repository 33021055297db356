package org.vtp.sfu.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.sfu.rtp.Hex;

/** SR, RR and report blocks (RFC 3550 §6.4): golden bytes both ways and hostile input. */
class ReportsTest {

    private static final String BLOCK_A = "aabbccdd | 19 fffff6 | 00012345 | 00000020 | b3a48000 | 00018000";
    private static final String BLOCK_B = "01020304 | 00 000007 | 0001ffff | 00000000 | 00000000 | 00000000";
    private static final ReportBlock A = new ReportBlock(0xaabbccddL, 25, -10, 0x12345, 32, 0xb3a48000L, 0x18000);
    private static final ReportBlock B = new ReportBlock(0x01020304L, 0, 7, 0x1ffff, 0, 0, 0);

    // RC=1, PT=200, 52 bytes = 13 words → length 12; NTP 0xe2c2b3a4.80000000, RTP ts 90000,
    // 100 packets, 10000 octets.
    private static final String SR = "81 c8 000c | 11223344 | e2c2b3a4 80000000 | 00015f90 | 00000064 | 00002710 |"
            + BLOCK_A;
    private static final String RR = "82 c9 000d | 11223344 |" + BLOCK_A + "|" + BLOCK_B;

    @Test
    void parsesASenderReportWithABlock() {
        byte[] p = Hex.bytes(SR);
        assertThat(SenderReport.isValid(p, 0, p.length)).isTrue();
        assertThat(SenderReport.senderSsrc(p, 0)).isEqualTo(0x11223344L);
        assertThat(SenderReport.ntpTimestamp(p, 0)).isEqualTo(0xe2c2b3a4_80000000L);
        assertThat(NtpTime.middle32(SenderReport.ntpTimestamp(p, 0))).isEqualTo(0xb3a48000L);
        assertThat(SenderReport.rtpTimestamp(p, 0)).isEqualTo(90000);
        assertThat(SenderReport.packetCount(p, 0)).isEqualTo(100);
        assertThat(SenderReport.octetCount(p, 0)).isEqualTo(10000);
        assertThat(SenderReport.reportCount(p, 0)).isEqualTo(1);
        assertThat(SenderReport.reportBlock(p, 0, 0)).isEqualTo(A);
    }

    @Test
    void writesTheSameSenderReportByteForByte() {
        byte[] out = new byte[60];
        int length = SenderReport.write(out, 4, 0x11223344L, 0xe2c2b3a4_80000000L, 90000, 100, 10000, List.of(A));
        assertThat(length).isEqualTo(52);
        assertThat(Hex.of(out, 4, length)).isEqualTo(Hex.normalize(SR));
    }

    @Test
    void parsesAndWritesAReceiverReportWithTwoBlocks() {
        byte[] p = Hex.bytes(RR);
        assertThat(ReceiverReport.isValid(p, 0, p.length)).isTrue();
        assertThat(ReceiverReport.senderSsrc(p, 0)).isEqualTo(0x11223344L);
        assertThat(ReceiverReport.reportCount(p, 0)).isEqualTo(2);
        assertThat(ReceiverReport.reportBlock(p, 0, 0)).isEqualTo(A);
        assertThat(ReceiverReport.reportBlock(p, 0, 1)).isEqualTo(B);
        byte[] out = new byte[56];
        assertThat(ReceiverReport.write(out, 0, 0x11223344L, List.of(A, B))).isEqualTo(56);
        assertThat(Hex.of(out, 0, 56)).isEqualTo(Hex.normalize(RR));
    }

    @Test
    void writesAnEmptyReceiverReport() {
        byte[] out = new byte[8];
        assertThat(ReceiverReport.write(out, 0, 0xfedcba98L, List.of())).isEqualTo(8);
        assertThat(Hex.of(out, 0, 8)).isEqualTo("80c90001fedcba98");
        assertThat(ReceiverReport.isValid(out, 0, 8)).isTrue();
    }

    @ParameterizedTest(name = "cumulative lost {0} is written as {1}")
    @CsvSource({"0, 000000", "-1, ffffff", "8388607, 7fffff", "9000000, 7fffff", "-8388608, 800000",
        "-9000000, 800000"})
    void clampsCumulativeLostToSigned24Bits(int lost, String hex) {
        byte[] out = new byte[24];
        new ReportBlock(1, 0, lost, 0, 0, 0, 0).writeTo(out, 0);
        assertThat(Hex.of(out, 5, 3)).isEqualTo(hex);
        assertThat(ReportBlock.read(out, 0).cumulativeLost()).isEqualTo(Math.max(-8388608, Math.min(8388607, lost)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SR shorter than 28 bytes,               80c80005 11223344 e2c2b3a4 80000000 00015f90 00000064",
        "SR claims a block it lacks,             81c80006 11223344 e2c2b3a4 80000000 00015f90 00000064 00002710",
        "SR length field past the data,          80c80009 11223344 e2c2b3a4 80000000 00015f90 00000064 00002710",
        "SR with version 1,                      40c80006 11223344 e2c2b3a4 80000000 00015f90 00000064 00002710",
        "RR claims 31 blocks,                    9fc90001 11223344",
        "RR without sender SSRC,                 80c90000",
        "RR that is an SR,                       80c80001 11223344",
        "empty,                                  ''"
    })
    void rejectsHostileReports(String name, String hex) {
        byte[] p = Hex.bytes(hex);
        assertThat(SenderReport.isValid(p, 0, p.length)).isFalse();
        assertThat(ReceiverReport.isValid(p, 0, p.length)).isFalse();
        assertThat(ReceiverReport.isValid(p, 0, p.length + 1)).isFalse();
        assertThat(SenderReport.isValid(null, 0, 0)).isFalse();
    }

    @Test
    void refusesToWriteIntoTooSmallOutputOrMoreThan31Blocks() {
        assertThat(SenderReport.write(new byte[51], 0, 1, 2, 3, 4, 5, List.of(A))).isEqualTo(-1);
        assertThat(SenderReport.write(new byte[60], 10, 1, 2, 3, 4, 5, List.of(A))).isEqualTo(-1);
        assertThat(ReceiverReport.write(new byte[7], 0, 1, List.of())).isEqualTo(-1);
        assertThat(ReceiverReport.write(null, 0, 1, List.of())).isEqualTo(-1);
        assertThat(ReceiverReport.write(new byte[2000], 0, 1, Collections.nCopies(32, A))).isEqualTo(-1);
        assertThat(ReceiverReport.write(new byte[2000], 0, 1, Collections.nCopies(31, A))).isEqualTo(8 + 31 * 24);
    }
}
