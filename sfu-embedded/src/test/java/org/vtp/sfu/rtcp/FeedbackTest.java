package org.vtp.sfu.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.sfu.rtp.Hex;

/** PLI, FIR, generic NACK, REMB and BYE: golden bytes both ways and hostile input. */
class FeedbackTest {

    private static final String PLI = "81 ce 0002 | 11223344 | 55667788";
    private static final String FIR = "84 ce 0004 | 11223344 | 00000000 | 55667788 | 07 000000";
    private static final String NACK_ACROSS_WRAP = "81 cd 0003 | 11223344 | 55667788 | fffe 0043";
    private static final String NACK_TWO_ENTRIES = "81 cd 0004 | 11223344 | 55667788 | 000a 0000 | 001e 0001";
    // 1 000 000 bit/s = 250000 × 2^2: exp 2, mantissa 0x3d090; one SSRC.
    private static final String REMB = "8f ce 0005 | 11223344 | 00000000 | 52454d42 | 01 0bd090 | 55667788";
    private static final String BYE = "81 cb 0001 | 11223344";

    @Test
    void parsesAndWritesAPli() {
        byte[] p = Hex.bytes(PLI);
        assertThat(Pli.isValid(p, 0, p.length)).isTrue();
        assertThat(Feedback.senderSsrc(p, 0)).isEqualTo(0x11223344L);
        assertThat(Feedback.mediaSsrc(p, 0)).isEqualTo(0x55667788L);
        byte[] out = new byte[12];
        assertThat(Pli.write(out, 0, 0x11223344L, 0x55667788L)).isEqualTo(12);
        assertThat(Hex.of(out, 0, 12)).isEqualTo(Hex.normalize(PLI));
    }

    @Test
    void parsesAndWritesAFirWithItsSequenceNumber() {
        byte[] p = Hex.bytes(FIR);
        assertThat(Fir.isValid(p, 0, p.length)).isTrue();
        assertThat(Fir.entryCount(p, 0)).isEqualTo(1);
        assertThat(Fir.entrySsrc(p, 0, 0)).isEqualTo(0x55667788L);
        assertThat(Fir.entrySequenceNumber(p, 0, 0)).isEqualTo(7);
        byte[] out = new byte[20];
        assertThat(Fir.write(out, 0, 0x11223344L, 0x55667788L, 7)).isEqualTo(20);
        assertThat(Hex.of(out, 0, 20)).isEqualTo(Hex.normalize(FIR));
    }

    @Test
    void parsesAFirWithTwoEntries() {
        byte[] p = Hex.bytes("84 ce 0006 | 11223344 | 00000000 | 55667788 ff000000 | 99aabbcc 01000000");
        assertThat(Fir.isValid(p, 0, p.length)).isTrue();
        assertThat(Fir.entryCount(p, 0)).isEqualTo(2);
        assertThat(Fir.entrySequenceNumber(p, 0, 0)).isEqualTo(255);
        assertThat(Fir.entrySsrc(p, 0, 1)).isEqualTo(0x99aabbccL);
        assertThat(Fir.entrySequenceNumber(p, 0, 1)).isEqualTo(1);
    }

    @Test
    void expandsANackAcrossTheSequenceWrap() {
        byte[] p = Hex.bytes(NACK_ACROSS_WRAP);
        assertThat(Nack.isValid(p, 0, p.length)).isTrue();
        assertThat(Nack.entryCount(p, 0)).isEqualTo(1);
        assertThat(Nack.pid(p, 0, 0)).isEqualTo(0xfffe);
        assertThat(Nack.blp(p, 0, 0)).isEqualTo(0x43);
        int[] lost = new int[20];
        assertThat(Nack.lostSequenceNumbers(p, 0, lost)).isEqualTo(4);
        assertThat(lost).startsWith(65534, 65535, 0, 5);
    }

    @Test
    void writesNacksByteForByte() {
        byte[] out = new byte[32];
        assertThat(Nack.write(out, 0, 0x11223344L, 0x55667788L, new int[] {65534, 65535, 0, 5}, 4)).isEqualTo(16);
        assertThat(Hex.of(out, 0, 16)).isEqualTo(Hex.normalize(NACK_ACROSS_WRAP));
        assertThat(Nack.write(out, 0, 0x11223344L, 0x55667788L, new int[] {10, 30, 31}, 3)).isEqualTo(20);
        assertThat(Hex.of(out, 0, 20)).isEqualTo(Hex.normalize(NACK_TWO_ENTRIES));
    }

    @ParameterizedTest(name = "{0} lost from 100 make {1} entries")
    @CsvSource({"1, 1", "17, 1", "18, 2", "34, 2", "35, 3"})
    void packsSeventeenSequenceNumbersPerEntryAndExpandsThemBack(int count, int entries) {
        int[] lost = new int[count];
        for (int i = 0; i < count; i++) {
            lost[i] = 100 + i;
        }
        byte[] out = new byte[12 + 4 * entries];
        assertThat(Nack.write(out, 0, 1, 2, lost, count)).isEqualTo(out.length);
        assertThat(Nack.entryCount(out, 0)).isEqualTo(entries);
        int[] back = new int[64];
        assertThat(Nack.lostSequenceNumbers(out, 0, back)).isEqualTo(count);
        assertThat(java.util.Arrays.copyOf(back, count)).containsExactly(lost);
        assertThat(Nack.write(new byte[out.length - 1], 0, 1, 2, lost, count)).isEqualTo(-1);
    }

    @Test
    void stopsExpandingANackWhenTheOutputIsFull() {
        byte[] p = Hex.bytes("81 cd 0003 | 11223344 | 55667788 | 0000 ffff");
        int[] lost = new int[5];
        assertThat(Nack.lostSequenceNumbers(p, 0, lost)).isEqualTo(5);
        assertThat(lost).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void parsesAndWritesARemb() {
        byte[] p = Hex.bytes(REMB);
        assertThat(Remb.isValid(p, 0, p.length)).isTrue();
        assertThat(Remb.bitrate(p, 0)).isEqualTo(1_000_000);
        assertThat(Remb.ssrcCount(p, 0)).isEqualTo(1);
        assertThat(Remb.ssrc(p, 0, 0)).isEqualTo(0x55667788L);
        byte[] out = new byte[24];
        assertThat(Remb.write(out, 0, 0x11223344L, 1_000_000, new long[] {0x55667788L}, 1)).isEqualTo(24);
        assertThat(Hex.of(out, 0, 24)).isEqualTo(Hex.normalize(REMB));
    }

    @ParameterizedTest(name = "{0} bit/s is sent as {1}")
    @CsvSource({
        "0,             0",
        "262143,        262143",      // largest mantissa, exponent 0
        "262144,        262144",      // 2^17 × 2
        "262145,        262144",      // rounded down to what 18 bits carry
        "1000000,       1000000",
        "2500000000,    2499985408",
        "9223372036854775807, 9223336852482686976"
    })
    void encodesBitratesAsExponentAndMantissa(long bitrate, long carried) {
        byte[] out = new byte[28];
        assertThat(Remb.write(out, 0, 1, bitrate, new long[] {7, 8}, 2)).isEqualTo(28);
        assertThat(Remb.isValid(out, 0, 28)).isTrue();
        assertThat(Remb.bitrate(out, 0)).isEqualTo(carried);
        assertThat(Remb.ssrc(out, 0, 1)).isEqualTo(8);
    }

    @Test
    void saturatesAnOverflowingRembBitrate() {
        byte[] p = Hex.bytes("8f ce 0004 | 11223344 | 00000000 | 52454d42 | 00 ffffff");
        assertThat(Remb.isValid(p, 0, p.length)).isTrue();
        assertThat(Remb.bitrate(p, 0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void parsesAndWritesAByeAndReadsSeveralSourcesWithAReason() {
        byte[] p = Hex.bytes(BYE);
        assertThat(Bye.isValid(p, 0, p.length)).isTrue();
        assertThat(Bye.ssrc(p, 0, 0)).isEqualTo(0x11223344L);
        byte[] out = new byte[8];
        assertThat(Bye.write(out, 0, 0x11223344L)).isEqualTo(8);
        assertThat(Hex.of(out, 0, 8)).isEqualTo(Hex.normalize(BYE));
        byte[] two = Hex.bytes("82 cb 0003 | 11111111 22222222 | 03 627965");
        assertThat(Bye.isValid(two, 0, two.length)).isTrue();
        assertThat(Bye.sourceCount(two, 0)).isEqualTo(2);
        assertThat(Bye.ssrc(two, 0, 1)).isEqualTo(0x22222222L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PLI truncated,                     81ce0002 11223344",
        "PLI with FIR's FMT and no FCI,     84ce0002 11223344 55667788",
        "PLI in transport feedback,         81cd0002 11223344 55667788",
        "PLI with length past the data,     81ce0003 11223344 55667788",
        "PLI with version 0,                01ce0002 11223344 55667788",
        "FIR without entry,                 84ce0002 11223344 00000000",
        "NACK without entry,                81cd0002 11223344 55667788",
        "REMB with a wrong identifier,      8fce0005 11223344 00000000 52454d43 01000001 55667788",
        "REMB claiming more SSRCs,          8fce0005 11223344 00000000 52454d42 03000001 55667788",
        "REMB without bitrate,              8fce0003 11223344 00000000 52454d42",
        "BYE claiming more sources,         83cb0001 11223344",
        "header only,                       81ce0000",
        "empty,                             ''"
    })
    void rejectsHostileFeedback(String name, String hex) {
        byte[] p = Hex.bytes(hex);
        assertThat(Pli.isValid(p, 0, p.length)).isFalse();
        assertThat(Fir.isValid(p, 0, p.length)).isFalse();
        assertThat(Nack.isValid(p, 0, p.length)).isFalse();
        assertThat(Remb.isValid(p, 0, p.length)).isFalse();
        assertThat(Bye.isValid(p, 0, p.length)).isFalse();
    }

    @Test
    void refusesToWriteIntoTooSmallOutput() {
        assertThat(Pli.write(new byte[11], 0, 1, 2)).isEqualTo(-1);
        assertThat(Fir.write(new byte[20], 1, 1, 2, 0)).isEqualTo(-1);
        assertThat(Remb.write(new byte[23], 0, 1, 1000, new long[] {1}, 1)).isEqualTo(-1);
        assertThat(Remb.write(new byte[64], 0, 1, -1, new long[] {1}, 1)).isEqualTo(-1);
        assertThat(Remb.write(new byte[64], 0, 1, 1, new long[] {1}, 2)).isEqualTo(-1);
        assertThat(Bye.write(new byte[4], 0, 1)).isEqualTo(-1);
        assertThat(Nack.write(new byte[64], 0, 1, 2, new int[0], 0)).isEqualTo(-1);
    }
}
