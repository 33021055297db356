package org.vtp.sfu.ice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StunIntegrityTest {
    /** RFC 5769 §2.1 "Sample Request" (USERNAME evtj:h6vY, with FINGERPRINT after the integrity). */
    private static final byte[] RFC5769_REQUEST = HexFormat.of().parseHex(
            "000100582112a442b7e7a701bc34d686fa87dfae802200105354554e207465737420636c69656e74"
            + "002400046e0001ff80290008932ff9b151263b36000600096576746a3a68367659202020"
            + "000800149aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a280280004e57a3bcf");
    private static final byte[] PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfc5769SampleRequestIsAuthenticWithItsPassword() {
        assertThat(StunIntegrity.verify(RFC5769_REQUEST, 0, RFC5769_REQUEST.length, PASSWORD)).isTrue();
    }

    @Test
    void anotherPasswordIsRejected() {
        byte[] wrong = "VOkJxbRl1RmTxUk/WvJxBu".getBytes(StandardCharsets.US_ASCII);
        assertThat(StunIntegrity.verify(RFC5769_REQUEST, 0, RFC5769_REQUEST.length, wrong)).isFalse();
    }

    @Test
    void aMessageAtAnOffsetInsideALargerBufferIsChecked() {
        byte[] buf = new byte[RFC5769_REQUEST.length + 30];
        System.arraycopy(RFC5769_REQUEST, 0, buf, 13, RFC5769_REQUEST.length);
        assertThat(StunIntegrity.verify(buf, 13, RFC5769_REQUEST.length, PASSWORD)).isTrue();
    }

    @Test
    void flippingAnyBitBeforeTheFingerprintBreaksIt() {
        int fingerprint = RFC5769_REQUEST.length - 8;
        for (int i = 0; i < fingerprint; i++) {
            byte[] copy = RFC5769_REQUEST.clone();
            copy[i] ^= 0x01;
            assertThat(StunIntegrity.verify(copy, 0, copy.length, PASSWORD)).as("byte %d flipped", i).isFalse();
        }
    }

    @Test
    void everyTruncationIsRejectedWithoutAnException() {
        for (int len = 0; len < RFC5769_REQUEST.length; len++) {
            assertThat(StunIntegrity.verify(RFC5769_REQUEST, 0, len, PASSWORD)).as("length %d", len).isFalse();
        }
    }

    @Test
    void aMessageWithoutIntegrityIsNotAuthentic() {
        // The same request cut before MESSAGE-INTEGRITY, with its length field fixed.
        int cut = 20 + 0x58 - 24 - 8;
        byte[] copy = java.util.Arrays.copyOf(RFC5769_REQUEST, cut);
        copy[3] = (byte) (cut - 20);
        assertThat(StunIntegrity.verify(copy, 0, copy.length, PASSWORD)).isFalse();
    }

    @Test
    void randomGarbageAndBadBoundsNeverThrow() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            byte[] junk = new byte[random.nextInt(200)];
            random.nextBytes(junk);
            if (junk.length >= 8 && random.nextBoolean()) {
                junk[0] = 0;
                junk[4] = 0x21;
                junk[5] = 0x12;
                junk[6] = (byte) 0xa4;
                junk[7] = 0x42;
            }
            assertThat(StunIntegrity.verify(junk, 0, junk.length, PASSWORD)).isFalse();
        }
        assertThat(StunIntegrity.verify(null, 0, 10, PASSWORD)).isFalse();
        assertThat(StunIntegrity.verify(RFC5769_REQUEST, -1, 20, PASSWORD)).isFalse();
        assertThat(StunIntegrity.verify(RFC5769_REQUEST, 10, RFC5769_REQUEST.length, PASSWORD)).isFalse();
    }
}
