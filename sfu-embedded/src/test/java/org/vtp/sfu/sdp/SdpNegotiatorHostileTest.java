package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vtp.sfu.sdp.Negotiations.LOCAL;
import static org.vtp.sfu.sdp.Negotiations.RECEIVE_BOTH;
import static org.vtp.sfu.sdp.Negotiations.SEND_BOTH;
import static org.vtp.sfu.sdp.Negotiations.negotiator;
import static org.vtp.sfu.sdp.Negotiations.without;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.sdp.SdpNegotiationException.Reason;

class SdpNegotiatorHostileTest {

    private static final String CHROMIUM = Samples.text(Samples.CHROMIUM_SENDONLY);
    private static final String FIREFOX = Samples.text(Samples.FIREFOX_SENDONLY);

    static Stream<Arguments> refusedOffers() {
        return Stream.of(
                Arguments.of("empty", "", RECEIVE_BOTH, Reason.MALFORMED),
                Arguments.of("null", null, RECEIVE_BOTH, Reason.MALFORMED),
                Arguments.of("garbage", "GET / HTTP/1.1\r\n", RECEIVE_BOTH, Reason.MALFORMED),
                Arguments.of("truncated in an rtpmap", CHROMIUM.substring(0, CHROMIUM.indexOf("opus") + 2), RECEIVE_BOTH, Reason.MALFORMED),
                Arguments.of("huge", CHROMIUM + "a=x:" + "y".repeat(70_000) + "\r\n", RECEIVE_BOTH, Reason.MALFORMED),
                Arguments.of("non-numeric port", CHROMIUM.replace("m=audio 38066", "m=audio port"), RECEIVE_BOTH, Reason.MALFORMED),
                Arguments.of("no fingerprint (Chromium)", without(CHROMIUM, "a=fingerprint"), RECEIVE_BOTH, Reason.NO_FINGERPRINT),
                Arguments.of("no fingerprint (Firefox, session level)", without(FIREFOX, "a=fingerprint"), RECEIVE_BOTH, Reason.NO_FINGERPRINT),
                Arguments.of("only a sha-1 fingerprint", FIREFOX.replace("a=fingerprint:sha-256", "a=fingerprint:sha-1"), RECEIVE_BOTH, Reason.NO_FINGERPRINT),
                Arguments.of("no BUNDLE", without(CHROMIUM, "a=group:BUNDLE"), RECEIVE_BOTH, Reason.NO_BUNDLE),
                Arguments.of("BUNDLE missing a section", CHROMIUM.replace("a=group:BUNDLE 0 1", "a=group:BUNDLE 0"), RECEIVE_BOTH, Reason.NO_BUNDLE),
                Arguments.of("LS group instead of BUNDLE", CHROMIUM.replace("a=group:BUNDLE", "a=group:LS"), RECEIVE_BOTH, Reason.NO_BUNDLE),
                Arguments.of("no rtcp-mux", without(CHROMIUM, "a=rtcp-mux"), RECEIVE_BOTH, Reason.NO_RTCP_MUX),
                Arguments.of("no ice-ufrag", without(FIREFOX, "a=ice-ufrag"), RECEIVE_BOTH, Reason.NO_ICE_CREDENTIALS),
                Arguments.of("no ice-pwd", without(CHROMIUM, "a=ice-pwd"), RECEIVE_BOTH, Reason.NO_ICE_CREDENTIALS),
                Arguments.of("setup passive", CHROMIUM.replace("a=setup:actpass", "a=setup:passive"), RECEIVE_BOTH, Reason.BAD_SETUP),
                Arguments.of("no setup", without(CHROMIUM, "a=setup"), RECEIVE_BOTH, Reason.BAD_SETUP),
                Arguments.of("plain RTP/AVP", CHROMIUM.replace("UDP/TLS/RTP/SAVPF", "RTP/AVP"), RECEIVE_BOTH, Reason.BAD_PROTO),
                Arguments.of("no mid", without(CHROMIUM, "a=mid"), RECEIVE_BOTH, Reason.MISSING_MID),
                Arguments.of("duplicate mid", CHROMIUM.replace("a=mid:1", "a=mid:0"), Map.of(), Reason.MALFORMED),
                Arguments.of("decision for an unknown mid", CHROMIUM, Map.of("7", MidDecision.receive(MediaKind.AUDIO)), Reason.UNKNOWN_MID),
                Arguments.of("video decision on audio", CHROMIUM, Map.of("0", MidDecision.receive(MediaKind.VIDEO)), Reason.KIND_MISMATCH),
                Arguments.of("receive on a recvonly section", Samples.text(Samples.CHROMIUM_RECVONLY), RECEIVE_BOTH, Reason.DIRECTION_MISMATCH),
                Arguments.of("send on a sendonly section", CHROMIUM, SEND_BOTH, Reason.DIRECTION_MISMATCH),
                Arguments.of("send on a Firefox sendonly section", FIREFOX, SEND_BOTH, Reason.DIRECTION_MISMATCH),
                Arguments.of("receive on an inactive section", CHROMIUM.replace("a=sendonly", "a=inactive"), RECEIVE_BOTH, Reason.DIRECTION_MISMATCH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOffers")
    void refusesOffersItCannotAnswerWithAReason(String name, String offer, Map<String, MidDecision> decisions, Reason reason) {
        SdpNegotiator negotiator = negotiator();

        assertThatThrownBy(() -> negotiator.negotiate(offer, LOCAL, decisions))
                .isExactlyInstanceOf(SdpNegotiationException.class)
                .satisfies(e -> assertThat(((SdpNegotiationException) e).reason()).isEqualTo(reason))
                .hasMessageNotContaining("null");
    }

    @Test
    void aRefusedOfferDoesNotRaiseTheVersion() throws Exception {
        SdpNegotiator negotiator = negotiator();
        assertThatThrownBy(() -> negotiator.negotiate("", LOCAL, RECEIVE_BOTH)).isInstanceOf(SdpNegotiationException.class);

        String answer = negotiator.negotiate(CHROMIUM, LOCAL, RECEIVE_BOTH).answer();

        assertThat(SessionDescription.parse(answer).origin().sessionVersion()).isEqualTo("1");
    }

    @Test
    void mapsReasonsOntoSignallingCodes() {
        SdpNegotiationException malformed = new SdpNegotiationException(Reason.MALFORMED, "bad");
        SdpNegotiationException noBundle = new SdpNegotiationException(Reason.NO_BUNDLE, "no bundle");

        assertThat(malformed.toSfuException().code()).isEqualTo(SfuException.Code.INVALID_ARGUMENT);
        assertThat(noBundle.toSfuException().code()).isEqualTo(SfuException.Code.UNSUPPORTED);
        assertThat(noBundle.toSfuException()).hasMessage("no bundle").hasCause(noBundle);
    }

    @Test
    void randomCorruptionOfOffersNeverEscapesAsAnotherException() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "a=:/ 0123456789\r\n-*x";
        for (int i = 0; i < 3000; i++) {
            char[] text = Samples.text(Samples.ALL.get(i % Samples.ALL.size())).toCharArray();
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            try {
                negotiator().negotiate(new String(text), LOCAL, i % 2 == 0 ? RECEIVE_BOTH : SEND_BOTH);
            } catch (SdpNegotiationException expected) {
                assertThat(expected.reason()).isNotNull();
            }
        }
    }

    @Test
    void refusesLocalValuesThatWouldBreakTheAnswer() {
        assertThatThrownBy(() -> MidDecision.send(MediaKind.VIDEO, 1, "c\r\na=x", "s", "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MidDecision.send(MediaKind.VIDEO, 1L << 32, "c", "s", "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalTransportParams("u f", "p", java.util.List.of(), LOCAL.fingerprint()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalTransportParams("u", "p", java.util.List.of("typ host"), LOCAL.fingerprint()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
