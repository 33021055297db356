package org.vtp.sfu.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PacketKindTest {

    @ParameterizedTest
    @CsvSource({
        // first byte, second byte, length, kind (RFC 7983 §7, RFC 5761 §4)
        "0, 1, 20, OTHER",
        "3, 1, 20, OTHER",
        "20, 254, 13, DTLS",
        "22, 254, 100, DTLS",
        "63, 0, 13, DTLS",
        "22, 254, 12, OTHER",
        "64, 0, 100, OTHER",
        "79, 0, 100, OTHER",
        "127, 0, 100, OTHER",
        "128, 111, 12, RTP",
        "144, 239, 200, RTP",
        "128, 96, 11, OTHER",
        "129, 200, 8, RTCP",
        "129, 206, 12, RTCP",
        "128, 192, 8, RTCP",
        "128, 223, 8, RTCP",
        "128, 224, 12, RTP",
        "128, 72, 12, RTP",
        "129, 201, 7, OTHER",
        "191, 201, 32, RTCP",
        "192, 201, 32, OTHER",
        "255, 0, 32, OTHER",
    })
    void classifiesByTheFirstBytes(int first, int second, int length, PacketKind expected) {
        byte[] buf = new byte[length + 3];
        buf[3] = (byte) first;
        if (length > 1) {
            buf[4] = (byte) second;
        }
        assertThat(PacketKind.of(buf, 3, length)).isEqualTo(expected);
    }

    @Test
    void emptyNullAndOutOfRangeInputIsOther() {
        assertThat(PacketKind.of(null, 0, 10)).isEqualTo(PacketKind.OTHER);
        assertThat(PacketKind.of(new byte[0], 0, 0)).isEqualTo(PacketKind.OTHER);
        assertThat(PacketKind.of(new byte[10], 5, 10)).isEqualTo(PacketKind.OTHER);
        assertThat(PacketKind.of(new byte[10], -1, 5)).isEqualTo(PacketKind.OTHER);
    }
}
