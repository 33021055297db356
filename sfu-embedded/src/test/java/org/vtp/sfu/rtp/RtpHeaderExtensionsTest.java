package org.vtp.sfu.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtpHeaderExtensionsTest {

    private static final String FIXED = "90 6f 0001 00000001 00000002";

    // One-byte form: id 1 (sdes:mid, L=1) "ab", padding byte, id 3 (ssrc-audio-level, L=0) 0x85,
    // id 4 (L=3) 4 bytes, 2 padding bytes: 12 bytes = 3 words.
    private static final String ONE_BYTE = FIXED + "| bede 0003 | 11 6162 | 00 | 30 85 | 43 01020304 | 0000 | cafe";

    // Two-byte form, appbits 0: id 1 len 0, id 20 len 3 "xyz", padding: 8 bytes = 2 words.
    private static final String TWO_BYTE = FIXED + "| 1000 0002 | 0100 | 1403 78797a | 00 | cafe";

    @ParameterizedTest(name = "one-byte id {0} at {1} length {2}")
    @CsvSource({"1, 17, 2", "3, 21, 1", "4, 23, 4", "2, -1, -1", "14, -1, -1", "15, -1, -1", "0, -1, -1",
        "255, -1, -1"})
    void findsOneByteElementsById(int id, int offset, int length) {
        byte[] p = Hex.bytes(ONE_BYTE);
        long found = RtpHeaderExtensions.find(p, 0, p.length, id);
        if (offset < 0) {
            assertThat(found).isEqualTo(RtpHeaderExtensions.NOT_FOUND);
        } else {
            assertThat(RtpHeaderExtensions.dataOffset(found)).isEqualTo(offset);
            assertThat(RtpHeaderExtensions.dataLength(found)).isEqualTo(length);
        }
    }

    @Test
    void readsAudioLevelAndMidValues() {
        byte[] p = Hex.bytes(ONE_BYTE);
        long level = RtpHeaderExtensions.find(p, 0, p.length, 3);
        assertThat(p[RtpHeaderExtensions.dataOffset(level)] & 0xFF).isEqualTo(0x85);
        long mid = RtpHeaderExtensions.find(p, 0, p.length, 1);
        assertThat(new String(p, RtpHeaderExtensions.dataOffset(mid), RtpHeaderExtensions.dataLength(mid),
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ab");
    }

    @Test
    void stopsAtTheReservedOneByteId15() {
        byte[] p = Hex.bytes(FIXED + "| bede 0001 | f0 10 aa 00");
        assertThat(RtpHeaderExtensions.find(p, 0, p.length, 1)).isEqualTo(RtpHeaderExtensions.NOT_FOUND);
    }

    @ParameterizedTest(name = "two-byte id {0} at {1} length {2}")
    @CsvSource({"1, 18, 0", "20, 20, 3", "2, -1, -1", "255, -1, -1"})
    void findsTwoByteElementsById(int id, int offset, int length) {
        byte[] p = Hex.bytes(TWO_BYTE);
        long found = RtpHeaderExtensions.find(p, 0, p.length, id);
        if (offset < 0) {
            assertThat(found).isEqualTo(RtpHeaderExtensions.NOT_FOUND);
        } else {
            assertThat(RtpHeaderExtensions.dataOffset(found)).isEqualTo(offset);
            assertThat(RtpHeaderExtensions.dataLength(found)).isEqualTo(length);
        }
    }

    @Test
    void acceptsTwoByteAppBits() {
        byte[] p = Hex.bytes(FIXED + "| 100f 0001 | 0501 aa 00");
        assertThat(RtpHeaderExtensions.dataLength(RtpHeaderExtensions.find(p, 0, p.length, 5))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unknown profile,                   90600001000000010000000212340001 11aabbcc, 1",
        "one-byte element past the block,   9060000100000001000000020bede0001 13aabbcc, 1",
        "two-byte element past the block,   90600001000000010000000210000001 0105aabb, 1",
        "two-byte length byte missing,      90600001000000010000000210000001 00000001, 1",
        "no extension bit,                  80600001000000010000000211aabbcc, 1"
    })
    void reportsNotFoundForBrokenOrAbsentBlocks(String name, String hex, int id) {
        byte[] p = Hex.bytes(hex.replace("0bede", "bede"));
        assertThat(RtpHeaderExtensions.find(p, 0, p.length, id)).isEqualTo(RtpHeaderExtensions.NOT_FOUND);
    }

    @Test
    void stripsTheExtensionBlockKeepingCsrcsPayloadAndPadding() {
        byte[] p = Hex.bytes("b1 6f 0001 00000001 00000002 | 11111111 | bede 0002 | 10aa 30bb 0000 0000 | c0ffee | 00 02");
        byte[] expected = Hex.bytes("a1 6f 0001 00000001 00000002 | 11111111 | c0ffee | 00 02");
        int length = RtpHeaderExtensions.strip(p, 0, p.length);
        assertThat(length).isEqualTo(expected.length);
        assertThat(Hex.of(p, 0, length)).isEqualTo(Hex.of(expected, 0, expected.length));
        assertThat(RtpPacket.payloadLength(p, 0, length)).isEqualTo(3);
    }

    @Test
    void stripsTwoByteExtensionsInsideALargerBuffer() {
        byte[] p = Hex.bytes("eeee |" + TWO_BYTE + "| eeee");
        int len = p.length - 4;
        int length = RtpHeaderExtensions.strip(p, 2, len);
        assertThat(length).isEqualTo(len - 12);
        assertThat(Hex.of(p, 0, 2 + length)).isEqualTo(Hex.normalize("eeee 80 6f 0001 00000001 00000002 cafe"));
        assertThat(Hex.of(p, p.length - 2, 2)).isEqualTo("eeee");
    }

    @Test
    void leavesAPacketWithoutExtensionUntouched() {
        byte[] p = Hex.bytes("80 6f 0001 00000001 00000002 cafe");
        assertThat(RtpHeaderExtensions.strip(p, 0, p.length)).isEqualTo(p.length);
        assertThat(Hex.of(p, 0, p.length)).isEqualTo(Hex.normalize("80 6f 0001 00000001 00000002 cafe"));
    }

    @Test
    void refusesToStripAnInvalidPacketAndLeavesItUntouched() {
        byte[] p = Hex.bytes("90 6f 0001 00000001 00000002 bede 0009 1000");
        byte[] before = p.clone();
        assertThat(RtpHeaderExtensions.strip(p, 0, p.length)).isEqualTo(-1);
        assertThat(p).isEqualTo(before);
        assertThat(RtpHeaderExtensions.strip(null, 0, 0)).isEqualTo(-1);
    }

    @Test
    void stripsAnEmptyExtensionBlock() {
        byte[] p = Hex.bytes("90 6f 0001 00000001 00000002 bede 0000 cafe");
        assertThat(RtpHeaderExtensions.strip(p, 0, p.length)).isEqualTo(14);
        assertThat(Hex.of(p, 0, 14)).isEqualTo(Hex.normalize("80 6f 0001 00000001 00000002 cafe"));
    }
}
