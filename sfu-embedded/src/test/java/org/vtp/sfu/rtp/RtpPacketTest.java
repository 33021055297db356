package org.vtp.sfu.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RtpPacketTest {

    // V=2, PT 96, seq 0x1234, ts 123456, SSRC 0xdeadbeef, 3 payload bytes
    private static final String MINIMAL = "80 60 1234 0001e240 deadbeef | aabbcc";

    @Test
    void readsTheFixedHeaderFields() {
        byte[] p = Hex.bytes(MINIMAL);
        assertThat(RtpPacket.headerLength(p, 0, p.length)).isEqualTo(12);
        assertThat(RtpPacket.payloadType(p, 0)).isEqualTo(96);
        assertThat(RtpPacket.marker(p, 0)).isFalse();
        assertThat(RtpPacket.sequenceNumber(p, 0)).isEqualTo(0x1234);
        assertThat(RtpPacket.timestamp(p, 0)).isEqualTo(123456);
        assertThat(RtpPacket.ssrc(p, 0)).isEqualTo(0xdeadbeefL);
        assertThat(RtpPacket.payloadOffset(p, 0, p.length)).isEqualTo(12);
        assertThat(RtpPacket.payloadLength(p, 0, p.length)).isEqualTo(3);
    }

    @Test
    void readsMarkerAndUnsignedMaximumsWithoutSignErrors() {
        byte[] p = Hex.bytes("80 ef ffff ffffffff ffffffff 00");
        assertThat(RtpPacket.marker(p, 0)).isTrue();
        assertThat(RtpPacket.payloadType(p, 0)).isEqualTo(111);
        assertThat(RtpPacket.sequenceNumber(p, 0)).isEqualTo(65535);
        assertThat(RtpPacket.timestamp(p, 0)).isEqualTo(0xFFFF_FFFFL);
        assertThat(RtpPacket.ssrc(p, 0)).isEqualTo(0xFFFF_FFFFL);
    }

    @Test
    void countsCsrcsIntoTheHeader() {
        byte[] p = Hex.bytes("82 60 0001 00000001 00000002 | 11111111 22222222 | 99");
        assertThat(RtpPacket.csrcCount(p, 0)).isEqualTo(2);
        assertThat(RtpPacket.csrc(p, 0, 1)).isEqualTo(0x22222222L);
        assertThat(RtpPacket.headerLength(p, 0, p.length)).isEqualTo(20);
        assertThat(RtpPacket.payloadLength(p, 0, p.length)).isEqualTo(1);
    }

    @Test
    void excludesPaddingFromThePayload() {
        byte[] p = Hex.bytes("a0 60 0001 00000001 00000002 | aabb | 000000 04");
        assertThat(RtpPacket.hasPadding(p, 0)).isTrue();
        assertThat(RtpPacket.paddingLength(p, 0, p.length)).isEqualTo(4);
        assertThat(RtpPacket.payloadLength(p, 0, p.length)).isEqualTo(2);
    }

    @Test
    void countsCsrcsAndExtensionIntoTheHeaderAtAnOffset() {
        byte[] p = Hex.bytes("ffff | 91 60 0001 00000001 00000002 | 11111111 | bede 0001 10aa0000 | 77");
        assertThat(RtpPacket.headerLength(p, 2, p.length - 2)).isEqualTo(12 + 4 + 8);
        assertThat(RtpPacket.payloadOffset(p, 2, p.length - 2)).isEqualTo(26);
    }

    @Test
    void writesFieldsInPlaceByteForByte() {
        byte[] p = Hex.bytes(MINIMAL);
        RtpPacket.setPayloadType(p, 0, 111);
        RtpPacket.setMarker(p, 0, true);
        RtpPacket.setSequenceNumber(p, 0, 0xFFFE);
        RtpPacket.setTimestamp(p, 0, 0xFFFF_FFFEL);
        RtpPacket.setSsrc(p, 0, 0x01020304L);
        assertThat(Hex.of(p, 0, p.length)).isEqualTo(Hex.normalize("80 ef fffe fffffffe 01020304 aabbcc"));
        RtpPacket.setMarker(p, 0, false);
        RtpPacket.setPayloadType(p, 0, 0);
        assertThat(Hex.of(p, 0, 2)).isEqualTo("8000");
    }

    static Stream<Arguments> hostilePackets() {
        return Stream.of(
                Arguments.of("empty", "", 0, 0),
                Arguments.of("shorter than the fixed header", "80 60 0001 00000001 000000", 0, 11),
                Arguments.of("version 0", "00 60 0001 00000001 00000002", 0, 12),
                Arguments.of("version 1", "40 60 0001 00000001 00000002", 0, 12),
                Arguments.of("version 3", "c0 60 0001 00000001 00000002", 0, 12),
                Arguments.of("CSRC count past the end", "8f 60 0001 00000001 00000002 11111111", 0, 16),
                Arguments.of("extension header truncated", "90 60 0001 00000001 00000002 bede", 0, 14),
                Arguments.of("extension length past the end", "90 60 0001 00000001 00000002 bede ffff 00000000", 0, 20),
                Arguments.of("padding count zero", "a0 60 0001 00000001 00000002 aa 00", 0, 14),
                Arguments.of("padding past the payload", "a0 60 0001 00000001 00000002 aa 03", 0, 14),
                Arguments.of("padding count 255 on a tiny packet", "a0 60 0001 00000001 00000002 ff", 0, 13),
                Arguments.of("length past the array", "80 60 0001 00000001 00000002", 0, 13),
                Arguments.of("negative length", "80 60 0001 00000001 00000002", 0, -1),
                Arguments.of("offset past the array", "80 60 0001 00000001 00000002", 13, 0),
                Arguments.of("negative offset", "80 60 0001 00000001 00000002", -1, 12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePackets")
    void rejectsHostileInputWithoutThrowing(String name, String hex, int off, int len) {
        byte[] p = Hex.bytes(hex);
        assertThat(RtpPacket.headerLength(p, off, len)).isEqualTo(-1);
        assertThat(RtpPacket.isValid(p, off, len)).isFalse();
        assertThat(RtpPacket.payloadOffset(p, off, len)).isEqualTo(-1);
        assertThat(RtpPacket.payloadLength(p, off, len)).isEqualTo(-1);
    }

    @Test
    void rejectsNullBuffer() {
        assertThat(RtpPacket.headerLength(null, 0, 12)).isEqualTo(-1);
    }

    @Test
    void neverThrowsOnRandomGarbageAndKeepsHeaderInsideThePacket() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] p = new byte[random.nextInt(64)];
            random.nextBytes(p);
            if (p.length > 0 && random.nextBoolean()) {
                p[0] = (byte) (0x80 | p[0] & 0x3F);
            }
            int len = p.length;
            assertThatCode(() -> {
                int header = RtpPacket.headerLength(p, 0, len);
                assertThat(header).isLessThanOrEqualTo(len);
                if (header >= 0) {
                    assertThat(RtpPacket.payloadLength(p, 0, len)).isBetween(0, len - header);
                }
                RtpHeaderExtensions.find(p, 0, len, 1 + random.nextInt(255));
                assertThat(RtpHeaderExtensions.strip(p.clone(), 0, len)).isLessThanOrEqualTo(len);
            }).doesNotThrowAnyException();
        }
    }
}
