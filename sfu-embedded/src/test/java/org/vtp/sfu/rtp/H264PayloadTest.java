package org.vtp.sfu.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden H.264 payloads (RFC 6184) as OpenH264 through libwebrtc sends a Constrained Baseline
 * keyframe at 640x360, and hostile ones.
 *
 * <pre>
 * NAL unit header (§5.3)     |F|NRI|Type|   67 = 0|11|00111 SPS, 68 = PPS, 65 = 0|11|00101 IDR,
 *                                           41 = 0|10|00001 non-IDR slice, 06 = SEI
 * single NAL unit (§5.6)     | NAL header | NAL payload ... |
 * STAP-A (§5.7.1)            | 78 = 0|11|11000 | size 16 bits | NALU | size | NALU | ...
 * FU-A (§5.8)                | 7c = 0|11|11100 (FU indicator) | |S|E|R|Type| (FU header) | fragment |
 *                            S=1 on the first fragment: 85 = 1|0|0|00101 starts an IDR,
 *                            05 continues it, 45 = 0|1|0|00101 ends it, 81 = 1|0|0|00001 starts a P slice
 * </pre>
 */
class H264PayloadTest {

    /** SPS: profile_idc 42, constraint_set0+1 (c0), level 3.1 (1f), then the rest of the set. */
    private static final String SPS = "67 42c01f 8c8d40 5017fc b80f08 846a";
    private static final String PPS = "68 ce3c80";
    private static final String IDR_SLICE = "65 b80004 0fff";
    private static final String P_SLICE = "41 9a2488";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "single SPS,                              " + SPS + ", true",
        "single IDR slice,                        " + IDR_SLICE + ", true",
        "single PPS,                              " + PPS + ", false",
        "single non-IDR slice,                    " + P_SLICE + ", false",
        "single SEI,                              06 05 10 aabb, false",
        "STAP-A of SPS and PPS,                   78 000f " + SPS + " 0004 " + PPS + ", true",
        "STAP-A of SPS PPS and IDR,               78 000f " + SPS + " 0004 " + PPS + " 0006 " + IDR_SLICE + ", true",
        "STAP-A of SEI and a P slice,             78 0004 06051011 0004 " + P_SLICE + ", false",
        "STAP-A of one PPS,                       78 0004 " + PPS + ", false",
        "FU-A start of an IDR slice,              7c 85 b80004 0fff, true",
        "FU-A middle of an IDR slice,             7c 05 b80004 0fff, false",
        "FU-A end of an IDR slice,                7c 45 b80004 0fff, false",
        "FU-A start of a P slice,                 5c 81 9a2488, false",
        "FU-A start of an SPS,                    7c 87 42c01f, true"
    })
    void detectsTheStartOfAKeyframe(String name, String hex, boolean keyframe) {
        byte[] p = Hex.bytes(hex);
        assertThat(H264Payload.isKeyframeStart(p, 0, p.length)).isEqualTo(keyframe);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "empty payload,                              '',                        ",
        "STAP-A header alone,                        78,                         ",
        "STAP-A size cut in half,                    78 00,                      ",
        "STAP-A unit longer than the payload,        78 0010 " + SPS + ",        ",
        "STAP-A with a zero-length unit first,       78 0000 000f " + SPS + ",   ",
        "STAP-A with a zero-length unit after SPS,   78 000f " + SPS + " 0000,   ",
        "STAP-A with a trailing odd byte,            78 000f " + SPS + " 00,     ",
        "STAP-A unit with the forbidden bit,         78 0004 e8ce3c80,           ",
        "forbidden bit on an SPS,                    e7 42c01f,                  ",
        "forbidden bit on a STAP-A,                  f8 000f " + SPS + ",        ",
        "FU-A indicator without its header,          7c,                         ",
        "NAL type 0,                                 60 11,                      ",
        "STAP-B (interleaved mode only),             79 0000 000f " + SPS + ",   ",
        "FU-B (interleaved mode only),               7d 85 0000 b80004,          "
    })
    void malformedOrForeignPayloadsAreNoKeyframes(String name, String hex) {
        byte[] p = Hex.bytes(hex == null ? "" : hex);
        assertThat(H264Payload.isKeyframeStart(p, 0, p.length)).isFalse();
    }

    @Test
    void readsOnlyInsideTheGivenRange() {
        byte[] stapA = Hex.bytes("00 00 78 000f " + SPS + " ff");
        assertThat(H264Payload.isKeyframeStart(stapA, 2, stapA.length - 3)).isTrue();
        assertThat(H264Payload.isKeyframeStart(stapA, 2, 10)).isFalse();
        assertThat(H264Payload.isKeyframeStart(stapA, 2, stapA.length)).isFalse();
        assertThat(H264Payload.isKeyframeStart(stapA, -1, 4)).isFalse();
        assertThat(H264Payload.isKeyframeStart(null, 0, 0)).isFalse();
    }

    @Test
    void randomBytesNeverThrow() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] buf = new byte[64];
        assertThatCode(() -> {
            for (int i = 0; i < 100_000; i++) {
                random.nextBytes(buf);
                int off = random.nextInt(buf.length);
                H264Payload.isKeyframeStart(buf, off, random.nextInt(buf.length - off + 1));
            }
        }).doesNotThrowAnyException();
    }
}
