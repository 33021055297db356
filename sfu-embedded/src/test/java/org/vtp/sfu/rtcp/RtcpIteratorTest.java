package org.vtp.sfu.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.sfu.rtp.Hex;

class RtcpIteratorTest {

    private static final String SR = "80 c8 0006 | 11223344 | e2c2b3a4 80000000 | 00015f90 | 00000064 | 00002710";
    // One chunk: SSRC, CNAME (type 1, length 4) "abcd", end item, padding to 32 bits.
    private static final String SDES = "81 ca 0003 | 11223344 | 01 04 61626364 00 00";
    private static final String BYE = "81 cb 0001 | 11223344";
    private static final String PLI = "81 ce 0002 | 11223344 | 55667788";

    private final RtcpIterator iterator = new RtcpIterator();

    @Test
    void walksACompoundPacketInOrder() {
        byte[] p = Hex.bytes(SR + SDES + BYE);
        assertThat(iterator.reset(p, 0, p.length)).isTrue();
        List<String> seen = new ArrayList<>();
        while (iterator.next()) {
            seen.add(iterator.packetType() + "/" + iterator.count() + "@" + iterator.offset() + "+" + iterator.length());
        }
        assertThat(seen).containsExactly("200/0@0+28", "202/1@28+16", "203/1@44+8");
    }

    @Test
    void acceptsAReducedSizeFeedbackAloneAtAnOffset() {
        byte[] p = Hex.bytes("0000 |" + PLI);
        assertThat(iterator.reset(p, 2, p.length - 2)).isTrue();
        assertThat(iterator.next()).isTrue();
        assertThat(Pli.isValid(p, iterator.offset(), iterator.length())).isTrue();
        assertThat(iterator.next()).isFalse();
    }

    @Test
    void acceptsPaddingOnTheLastPacket() {
        byte[] p = Hex.bytes(SR + "a1 cb 0002 | 11223344 | 00000004");
        assertThat(iterator.reset(p, 0, p.length)).isTrue();
        assertThat(iterator.next()).isTrue();
        assertThat(iterator.next()).isTrue();
        assertThat(Bye.isValid(p, iterator.offset(), iterator.length())).isTrue();
        assertThat(iterator.next()).isFalse();
    }

    @Test
    void isReusableAcrossDatagrams() {
        byte[] bad = Hex.bytes("80c8ffff");
        byte[] good = Hex.bytes(BYE);
        assertThat(iterator.reset(bad, 0, bad.length)).isFalse();
        assertThat(iterator.next()).isFalse();
        assertThat(iterator.reset(good, 0, good.length)).isTrue();
        assertThat(iterator.next()).isTrue();
        assertThat(iterator.packetType()).isEqualTo(RtcpHeader.BYE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "empty,                                    ''",
        "shorter than a header,                    80c8 00",
        "length field past the end,                81cb0002 11223344",
        "length field 0xffff,                      81cbffff 11223344",
        "trailing bytes after the last packet,     81cb0001 11223344 8000",
        "second packet with version 1,             81cb0001 11223344 41cb0001 11223344",
        "first packet with version 0,              01cb0001 11223344",
        "padding on a packet that is not last,     a1cb0002 11223344 00000004 81cb0001 11223344",
        "padding count zero,                       a1cb0002 11223344 00000000",
        "padding larger than the packet,           a1cb0002 11223344 000000ff",
        "garbage,                                  deadbeefcafebabe"
    })
    void yieldsNothingForAnInvalidCompound(String name, String hex) {
        byte[] p = Hex.bytes(hex);
        assertThat(iterator.reset(p, 0, p.length)).isFalse();
        assertThat(iterator.next()).isFalse();
        assertThat(RtcpIterator.isValidCompound(p, 0, p.length)).isFalse();
    }

    @Test
    void rejectsOutOfRangeArguments() {
        byte[] p = Hex.bytes(BYE);
        assertThat(iterator.reset(null, 0, 8)).isFalse();
        assertThat(iterator.reset(p, 1, 8)).isFalse();
        assertThat(iterator.reset(p, -4, 8)).isFalse();
        assertThat(iterator.reset(p, 0, -1)).isFalse();
    }

    @Test
    void neverThrowsOnRandomGarbageAndEveryPacketItYieldsLiesInside() {
        Random random = new Random(7);
        int[] lost = new int[64];
        for (int i = 0; i < 20_000; i++) {
            byte[] p = randomRtcpLike(random);
            assertThatCode(() -> {
                if (iterator.reset(p, 0, p.length)) {
                    while (iterator.next()) {
                        int off = iterator.offset();
                        int len = iterator.length();
                        assertThat(off + len).isLessThanOrEqualTo(p.length);
                        readEverything(p, off, len, lost);
                    }
                }
            }).doesNotThrowAnyException();
        }
    }

    private static byte[] randomRtcpLike(Random random) {
        byte[] p = new byte[4 * random.nextInt(12) + random.nextInt(2)];
        random.nextBytes(p);
        if (p.length >= 4) {
            p[0] = (byte) (0x80 | p[0] & 0x1F);
            p[1] = (byte) (200 + random.nextInt(7));
            p[2] = 0;
            p[3] = (byte) (p.length / 4 - 1 - random.nextInt(2));
        }
        return p;
    }

    /** Reads every field a valid packet offers, as a handler would. */
    private static void readEverything(byte[] p, int off, int len, int[] lost) {
        if (SenderReport.isValid(p, off, len)) {
            for (int b = 0; b < SenderReport.reportCount(p, off); b++) {
                SenderReport.reportBlock(p, off, b);
            }
        }
        if (ReceiverReport.isValid(p, off, len)) {
            for (int b = 0; b < ReceiverReport.reportCount(p, off); b++) {
                ReceiverReport.reportBlock(p, off, b);
            }
        }
        if (Bye.isValid(p, off, len)) {
            for (int s = 0; s < Bye.sourceCount(p, off); s++) {
                Bye.ssrc(p, off, s);
            }
        }
        if (Nack.isValid(p, off, len)) {
            Nack.lostSequenceNumbers(p, off, lost);
        }
        if (Fir.isValid(p, off, len)) {
            for (int e = 0; e < Fir.entryCount(p, off); e++) {
                Fir.entrySequenceNumber(p, off, e);
            }
        }
        if (Remb.isValid(p, off, len)) {
            Remb.bitrate(p, off);
            for (int s = 0; s < Remb.ssrcCount(p, off); s++) {
                Remb.ssrc(p, off, s);
            }
        }
    }
}
