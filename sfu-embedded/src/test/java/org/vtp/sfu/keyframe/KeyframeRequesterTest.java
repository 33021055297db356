package org.vtp.sfu.keyframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.sfu.rtcp.Fir;
import org.vtp.sfu.rtcp.Pli;
import org.vtp.sfu.rtp.Hex;

class KeyframeRequesterTest {

    private static final long MS = 1_000_000L;
    private static final long HOLD_OFF = 300 * MS;
    private static final long SFU = 0x11223344L;
    private static final long PRODUCER = 0x55667788L;
    /** An arbitrary monotonic origin, to show nothing assumes the clock starts at 0. */
    private static final long T0 = -7_000_000_000L;

    private final byte[] out = new byte[64];

    private static KeyframeRequester requester(boolean pli, boolean fir) {
        return new KeyframeRequester(SFU, PRODUCER, pli, fir, HOLD_OFF);
    }

    @Test
    void sendsTheFirstRequestAtOnceAsAPli() {
        KeyframeRequester requester = requester(true, true);
        assertThat(requester.nextPollNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(requester.poll(T0, out, 0)).isZero();
        requester.request();
        assertThat(requester.nextPollNanos()).isLessThanOrEqualTo(T0);
        assertThat(requester.poll(T0, out, 0)).isEqualTo(12);
        assertThat(Hex.of(out, 0, 12)).isEqualTo("81ce00021122334455667788");
        assertThat(requester.isPending()).isFalse();
        assertThat(requester.requestsSent()).isEqualTo(1);
    }

    @ParameterizedTest(name = "second request at +{0} ms is sent at +{1} ms")
    @CsvSource({"1, 300", "150, 300", "299, 300", "300, 300", "301, 301", "1000, 1000"})
    void holdsARequestDuringTheHoldOffAndSendsItWhenItExpires(long requestMs, long sentMs) {
        KeyframeRequester requester = requester(true, false);
        requester.request();
        assertThat(requester.poll(T0, out, 0)).isEqualTo(12);
        requester.request();
        long requestAt = T0 + requestMs * MS;
        long sendAt = T0 + sentMs * MS;
        if (sendAt > requestAt) {
            assertThat(requester.poll(requestAt, out, 0)).isZero();
            assertThat(requester.poll(sendAt - 1, out, 0)).isZero();
        }
        assertThat(requester.nextPollNanos()).isEqualTo(Math.min(T0 + HOLD_OFF, sendAt));
        assertThat(requester.poll(sendAt, out, 0)).isEqualTo(12);
        assertThat(requester.requestsSent()).isEqualTo(2);
    }

    @Test
    void aggregatesManyRequestsDuringTheHoldOffIntoOne() {
        KeyframeRequester requester = requester(true, false);
        requester.request();
        requester.request();
        assertThat(requester.poll(T0, out, 0)).isEqualTo(12);
        for (int i = 1; i <= 50; i++) {
            requester.request();
            assertThat(requester.poll(T0 + i * 5 * MS, out, 0)).isZero();
        }
        assertThat(requester.poll(T0 + HOLD_OFF, out, 0)).isEqualTo(12);
        assertThat(requester.poll(T0 + HOLD_OFF + 1, out, 0)).isZero();
        assertThat(requester.requestsReceived()).isEqualTo(52);
        assertThat(requester.requestsSent()).isEqualTo(2);
        assertThat(requester.requestsAggregated()).isEqualTo(50);
    }

    @Test
    void usesFirWithAGrowingSequenceNumberWhenOnlyFirIsNegotiated() {
        KeyframeRequester requester = requester(false, true);
        for (int i = 0; i < 258; i++) {
            requester.request();
            assertThat(requester.poll(T0 + i * HOLD_OFF, out, 0)).isEqualTo(20);
            assertThat(Fir.isValid(out, 0, 20)).isTrue();
            assertThat(Fir.entrySsrc(out, 0, 0)).isEqualTo(PRODUCER);
            assertThat(Fir.entrySequenceNumber(out, 0, 0)).isEqualTo(i & 0xFF);
        }
        assertThat(requester.firSequenceNumber()).isEqualTo(2);
    }

    @Test
    void writesTheFirsFirstRequestByteForByte() {
        KeyframeRequester requester = requester(false, true);
        requester.request();
        assertThat(requester.poll(T0, out, 4)).isEqualTo(20);
        assertThat(Hex.of(out, 4, 20)).isEqualTo(Hex.normalize("84ce0004 11223344 00000000 55667788 00000000"));
    }

    @Test
    void sendsNothingWhenTheProducerNegotiatedNeither() {
        KeyframeRequester requester = requester(false, false);
        requester.request();
        assertThat(requester.isPending()).isFalse();
        assertThat(requester.poll(T0, out, 0)).isZero();
        assertThat(requester.nextPollNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(requester.requestsReceived()).isEqualTo(1);
        assertThat(requester.requestsSent()).isZero();
    }

    @Test
    void aKeyframeFromTheProducerAnswersAPendingRequest() {
        KeyframeRequester requester = requester(true, false);
        requester.request();
        requester.poll(T0, out, 0);
        requester.request();
        requester.onKeyframe();
        assertThat(requester.poll(T0 + HOLD_OFF, out, 0)).isZero();
        assertThat(requester.satisfiedByKeyframe()).isEqualTo(1);
        requester.onKeyframe();
        assertThat(requester.satisfiedByKeyframe()).isEqualTo(1);
    }

    @Test
    void keepsTheRequestPendingWhenTheOutputIsTooSmall() {
        KeyframeRequester requester = requester(true, false);
        requester.request();
        assertThat(requester.poll(T0, new byte[8], 0)).isEqualTo(-1);
        assertThat(requester.isPending()).isTrue();
        assertThat(requester.poll(T0 + 1, out, 0)).isEqualTo(12);
    }

    @Test
    void followsTheProducersNewSsrc() {
        KeyframeRequester requester = requester(true, false);
        requester.setMediaSsrc(0x01020304L);
        requester.request();
        requester.poll(T0, out, 0);
        assertThat(Pli.isValid(out, 0, 12)).isTrue();
        assertThat(Hex.of(out, 8, 4)).isEqualTo("01020304");
    }

    @Test
    void rejectsANegativeHoldOff() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyframeRequester(1, 2, true, false, -1));
    }

    /**
     * Random requests polled only at the times the requester asks for: every request is followed
     * by a send within the hold-off, and no two sends are closer than the hold-off.
     */
    @Test
    void neverLosesARequestAndNeverExceedsTheRate() {
        Random random = new Random(99);
        KeyframeRequester requester = requester(true, false);
        List<Long> sends = new ArrayList<>();
        long now = T0;
        long unansweredSince = Long.MAX_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long next = now + random.nextInt(200) * MS;
            while (requester.nextPollNanos() <= next) {
                now = Math.max(now, requester.nextPollNanos());
                assertThat(requester.poll(now, out, 0)).isEqualTo(12);
                sends.add(now);
                assertThat(now - unansweredSince).isLessThanOrEqualTo(HOLD_OFF);
                unansweredSince = Long.MAX_VALUE;
            }
            now = next;
            requester.request();
            unansweredSince = Math.min(unansweredSince, now);
            if (requester.poll(now, out, 0) > 0) {
                sends.add(now);
                unansweredSince = Long.MAX_VALUE;
            }
        }
        for (int i = 1; i < sends.size(); i++) {
            assertThat(sends.get(i) - sends.get(i - 1)).isGreaterThanOrEqualTo(HOLD_OFF);
        }
        assertThat(sends.size()).isGreaterThan(1000);
    }
}
