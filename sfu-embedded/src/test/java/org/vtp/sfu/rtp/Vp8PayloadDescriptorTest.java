package org.vtp.sfu.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Vp8PayloadDescriptorTest {

    // VP8 keyframe payload header (RFC 7741 §4.3 + RFC 6386 §9.1): P=0, start code 9d 01 2a,
    // 640x480.
    private static final String KEY = "50 01 00 9d012a 8002 e001";
    // Interframe: P=1, no start code.
    private static final String INTER = "31 01 00 112233 4455 6677";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "minimal descriptor,                      10|" + KEY + ", 1, true",
        "non-reference bit set,                   30|" + KEY + ", 1, true",
        "X with 7-bit picture id,                 90 80 12|" + KEY + ", 3, true",
        "X with 15-bit picture id,                90 80 8123|" + KEY + ", 4, true",
        "X with I L T K,                          90 f0 8123 05 40|" + KEY + ", 6, true",
        "X with K only,                           90 10 20|" + KEY + ", 3, true",
        "X with no optional fields,               90 00|" + KEY + ", 2, true",
        "interframe,                              10|" + INTER + ", 1, false",
        "not the start of a partition,            00|" + KEY + ", 1, false",
        "start of partition 1,                    11|" + KEY + ", 1, false",
        "keyframe header truncated,               10 50 01 00 9d012a 8002, 1, false",
        "start code missing,                      10 50 01 00 9d0100 8002 e001, 1, false",
        "descriptor only,                         10, 1, false",
        "X set but extension byte missing,        90, -1, false",
        "I set but picture id missing,            90 80, -1, false",
        "M set but second picture id byte missing,90 80 81, -1, false",
        "L set but TL0PICIDX missing,             90 40, -1, false"
    })
    void detectsKeyframeStarts(String name, String hex, int descriptorLength, boolean keyframe) {
        byte[] p = Hex.bytes(hex);
        assertThat(Vp8PayloadDescriptor.length(p, 0, p.length)).isEqualTo(descriptorLength);
        assertThat(Vp8PayloadDescriptor.isKeyframeStart(p, 0, p.length)).isEqualTo(keyframe);
    }

    @ParameterizedTest(name = "offset {0} length {1}")
    @CsvSource({"0, 0", "-1, 3", "0, 99", "5, 1"})
    void rejectsEmptyAndOutOfRangePayloads(int off, int len) {
        byte[] p = Hex.bytes("10" + KEY.replace(" ", ""));
        assertThat(Vp8PayloadDescriptor.isKeyframeStart(p, off, len)).isFalse();
        assertThat(Vp8PayloadDescriptor.isKeyframeStart(null, 0, 0)).isFalse();
    }

    @ParameterizedTest(name = "inside an RTP packet at offset {0}")
    @CsvSource({"0", "7"})
    void detectsAKeyframeInsideAnRtpPacket(int prefix) {
        byte[] p = Hex.bytes("00".repeat(prefix) + "80 60 0001 00000001 00000002 | 10" + KEY.replace(" ", ""));
        int len = p.length - prefix;
        int payload = RtpPacket.payloadOffset(p, prefix, len);
        int payloadLength = RtpPacket.payloadLength(p, prefix, len);
        assertThat(Vp8PayloadDescriptor.isKeyframeStart(p, payload, payloadLength)).isTrue();
    }
}
