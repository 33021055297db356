package org.vtp.sfu.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PacketClassifierTest {

    @ParameterizedTest(name = "first bytes {0} are {1}")
    @CsvSource({
        "0001,     STUN",
        "0300,     STUN",
        "04,       OTHER",
        "13,       OTHER",   // 19: ZRTP
        "14fe,     DTLS",    // 20: change cipher spec
        "16fefd,   DTLS",    // 22: handshake
        "3f,       DTLS",    // 63
        "40,       OTHER",   // 64-79: TURN channel
        "7f,       OTHER",
        "8060,     RTP",
        "80ef,     RTP",     // marker + PT 111
        "80bf,     RTP",     // marker + PT 63: second byte 191
        "80c0,     RTCP",    // 192 (FIR, historic)
        "80c8,     RTCP",    // SR 200
        "81c9,     RTCP",    // RR 201
        "8fce,     RTCP",    // PSFB 206
        "80df,     RTCP",    // 223
        "80e0,     RTP",     // marker + PT 96
        "bf60,     RTP",     // 191
        "80,       OTHER",   // too short to tell RTP from RTCP
        "c0c8,     OTHER",   // 192 is outside every range
        "ff00,     OTHER"
    })
    void classifiesByFirstBytes(String hex, PacketKind expected) {
        byte[] p = Hex.bytes(hex);
        assertThat(PacketClassifier.classify(p, 0, p.length)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "offset {0} length {1}")
    @CsvSource({"0, 0", "-1, 2", "1, 5", "3, 0"})
    void classifiesEmptyOrOutOfRangeInputAsOther(int off, int len) {
        byte[] p = Hex.bytes("8060");
        assertThat(PacketClassifier.classify(p, off, len)).isEqualTo(PacketKind.OTHER);
        assertThat(PacketClassifier.classify(null, 0, 0)).isEqualTo(PacketKind.OTHER);
    }
}
