package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vtp.sfu.sdp.Negotiations.LOCAL;
import static org.vtp.sfu.sdp.Negotiations.RECEIVE_BOTH;
import static org.vtp.sfu.sdp.Negotiations.SEND_BOTH;
import static org.vtp.sfu.sdp.Negotiations.negotiator;
import static org.vtp.sfu.sdp.Negotiations.without;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.sdp.SdpNegotiationException.Reason;

/** Offers with {@code bundlePolicy: 'max-bundle'} (port 0 + {@code a=bundle-only}, RFC 9143 §6). */
class SdpNegotiatorBundleOnlyTest {

    /** The capture's sections: mid 0 sends audio, mid 1 sends video, mid 2 receives video. */
    private static final Map<String, MidDecision> FIREFOX_STUDENT = Map.of(
            "0", MidDecision.receive(MediaKind.AUDIO), "1", MidDecision.receive(MediaKind.VIDEO),
            "2", MidDecision.send(MediaKind.VIDEO, 2222L, "c", "teacher", "consumer2"));

    @Test
    void acceptsFirefoxBundleOnlySectionsAndAnswersThemOnTheBundlePort() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.FIREFOX_MAX_BUNDLE_INITIAL), LOCAL,
                FIREFOX_STUDENT);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted()).extracting(NegotiatedSection::mid).containsExactly("0", "1", "2");
        assertThat(answer.groups()).containsExactly(new Group("BUNDLE", List.of("0", "1", "2")));
        assertThat(answer.mediaSections()).extracting(MediaSection::port).containsOnly(9);
        assertThat(answer.mediaSections()).noneMatch(MediaSection::bundleOnly);
        assertThat(answer.mediaSections()).allSatisfy(s -> {
            assertThat(s.rtcpMux()).isTrue();
            assertThat(answer.transportOf(s).iceUfrag()).contains(LOCAL.iceUfrag());
        });
        assertThat(answer.directionOf(answer.mediaSections().get(2))).isEqualTo(Direction.SENDONLY);
    }

    @Test
    void takesTheClientTransportFromTheTaggedSection() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.FIREFOX_MAX_BUNDLE_INITIAL), LOCAL,
                FIREFOX_STUDENT);

        assertThat(result.remote().iceUfrag()).isEqualTo("7df46a5e");
        assertThat(result.remote().fingerprint().value()).startsWith("6D:04:A0");
        assertThat(result.remote().candidates()).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.FIREFOX_SENDONLY_MAX_BUNDLE, Samples.FIREFOX_RECVONLY_MAX_BUNDLE})
    void acceptsBundleOnlySectionsWithoutAnyTransportAttributeOfTheirOwn(String sample) throws Exception {
        Map<String, MidDecision> decisions = sample.contains("sendonly") ? RECEIVE_BOTH : SEND_BOTH;
        NegotiationResult result = negotiator().negotiate(Samples.text(sample), LOCAL, decisions);
        SessionDescription answer = SessionDescription.parse(result.answer());
        MediaSection video = answer.mediaSections().get(1);

        assertThat(result.rejected()).isEmpty();
        assertThat(video.port()).isEqualTo(9);
        assertThat(video.bundleOnly()).isFalse();
        assertThat(video.rtcpMux()).isTrue();
        assertThat(video.candidates()).isEqualTo(LOCAL.candidates());
        assertThat(answer.transportOf(video).setup()).contains("passive");
    }

    @Test
    void acceptsASectionAddedBundleOnlyInARenegotiation() throws Exception {
        Map<String, MidDecision> decisions = new java.util.HashMap<>(FIREFOX_STUDENT);
        decisions.put("3", MidDecision.send(MediaKind.VIDEO, 3333L, "c", "peerB", "consumer3"));
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.FIREFOX_MAX_BUNDLE_ADDED), LOCAL,
                decisions);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted("3")).isPresent();
        assertThat(result.answer()).contains("a=group:BUNDLE 0 1 2 3\r\n").doesNotContain("m=video 0 ");
    }

    @Test
    void aStoppedSectionStaysRejectedWhileItsBundleOnlyNeighboursAreAccepted() throws Exception {
        Map<String, MidDecision> decisions = Map.of("0", MidDecision.receive(MediaKind.AUDIO),
                "1", MidDecision.receive(MediaKind.VIDEO),
                "3", MidDecision.send(MediaKind.VIDEO, 3333L, "c", "peerB", "consumer3"));
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.FIREFOX_MAX_BUNDLE_STOPPED), LOCAL,
                decisions);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(result.rejected()).containsExactly(
                new RejectedSection("2", "video", RejectedSection.Cause.REJECTED_IN_OFFER));
        assertThat(answer.mediaSections().get(2).lines()).containsExactly(
                "m=video 0 UDP/TLS/RTP/SAVPF 120", "c=IN IP4 0.0.0.0", "a=mid:2");
        assertThat(answer.groups()).containsExactly(new Group("BUNDLE", List.of("0", "1", "3")));
    }

    @Test
    void acceptsANewSectionThatRecycledAStoppedOnesPlace() throws Exception {
        Map<String, MidDecision> decisions = Map.of("0", MidDecision.receive(MediaKind.AUDIO),
                "1", MidDecision.receive(MediaKind.VIDEO),
                "4", MidDecision.send(MediaKind.VIDEO, 4444L, "c", "peerC", "consumer4"),
                "3", MidDecision.send(MediaKind.VIDEO, 3333L, "c", "peerB", "consumer3"));
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.FIREFOX_MAX_BUNDLE_RECYCLED), LOCAL,
                decisions);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(result.rejected()).isEmpty();
        assertThat(answer.mediaSections()).extracting(s -> s.mid().orElseThrow()).containsExactly("0", "1", "4", "3");
        assertThat(answer.groups()).containsExactly(new Group("BUNDLE", List.of("0", "1", "4", "3")));
    }

    @Test
    void portZeroWithoutBundleOnlyIsStillARejection() throws Exception {
        String offer = without(Samples.text(Samples.FIREFOX_MAX_BUNDLE_INITIAL), "a=bundle-only");
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, FIREFOX_STUDENT);

        assertThat(result.rejected()).extracting(RejectedSection::cause)
                .containsExactly(RejectedSection.Cause.REJECTED_IN_OFFER, RejectedSection.Cause.REJECTED_IN_OFFER);
        assertThat(result.answer()).contains("a=group:BUNDLE 0\r\n");
    }

    @Test
    void bundleOnlyOutsideTheBundleGroupIsDiscardedAndTheSectionRejected() throws Exception {
        String offer = Samples.text(Samples.FIREFOX_MAX_BUNDLE_INITIAL).replace("a=group:BUNDLE 0 1 2", "a=group:BUNDLE 0 2");
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, FIREFOX_STUDENT);

        assertThat(result.rejected("1")).map(RejectedSection::cause).contains(RejectedSection.Cause.REJECTED_IN_OFFER);
        assertThat(result.accepted("2")).isPresent();
    }

    @Test
    void aBundleOnlySectionTheClientParkedInactiveIsAnsweredInactive() throws Exception {
        String offer = Samples.text(Samples.FIREFOX_MAX_BUNDLE_INITIAL).replace("a=recvonly", "a=inactive");
        Map<String, MidDecision> decisions = Map.of("0", MidDecision.receive(MediaKind.AUDIO),
                "1", MidDecision.receive(MediaKind.VIDEO));
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, decisions);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(result.rejected()).isEmpty();
        assertThat(answer.directionOf(answer.mediaSections().get(2))).isEqualTo(Direction.INACTIVE);
        assertThat(answer.mediaSections().get(2).port()).isEqualTo(9);
    }

    @Test
    void theOfferersBundleTagLeadsTheAnswersGroup() throws Exception {
        String offer = Samples.text(Samples.CHROMIUM_SENDONLY).replace("a=group:BUNDLE 0 1", "a=group:BUNDLE 1 0");
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, RECEIVE_BOTH);

        assertThat(result.answer()).contains("a=group:BUNDLE 1 0\r\n");
    }

    @Test
    void refusesAnOfferWhoseOnlyAcceptedSectionsAreBundleOnly() {
        Map<String, MidDecision> decisions = Map.of("0", MidDecision.reject(), "1", MidDecision.receive(MediaKind.VIDEO));

        assertThatThrownBy(() -> negotiator().negotiate(Samples.text(Samples.FIREFOX_MAX_BUNDLE_INITIAL), LOCAL, decisions))
                .isInstanceOfSatisfying(SdpNegotiationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_BUNDLE))
                .hasMessageContaining("bundle-only");
    }

    @Test
    void theTaggedSectionMustHaveRtcpMuxEvenWhenBundleOnlySectionsCarryNone() {
        String offer = without(Samples.text(Samples.FIREFOX_SENDONLY_MAX_BUNDLE), "a=rtcp-mux");

        assertThatThrownBy(() -> negotiator().negotiate(offer, LOCAL, RECEIVE_BOTH))
                .isInstanceOfSatisfying(SdpNegotiationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_RTCP_MUX));
    }
}
