package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vtp.sfu.sdp.Negotiations.LOCAL;
import static org.vtp.sfu.sdp.Negotiations.RECEIVE_BOTH;
import static org.vtp.sfu.sdp.Negotiations.SEND_BOTH;
import static org.vtp.sfu.sdp.Negotiations.negotiator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;

class SdpNegotiatorTest {

    private static final String MID_URI = "urn:ietf:params:rtp-hdrext:sdes:mid";
    private static final String LEVEL_URI = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    private static final String ABS_SEND_TIME_URI = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";

    @Test
    void answersChromiumSendonlyOfferAsReceiver() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_SENDONLY), LOCAL, RECEIVE_BOTH);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(answer.write()).isEqualTo(result.answer());
        assertThat(answer.sessionLines()).containsExactly("v=0", "o=- 81985529216486895 1 IN IP4 127.0.0.1", "s=-",
                "t=0 0", "a=group:BUNDLE 0 1", "a=msid-semantic: WMS *");
        MediaSection audio = answer.mediaSections().get(0);
        MediaSection video = answer.mediaSections().get(1);
        assertThat(audio.lines().get(0)).isEqualTo("m=audio 9 UDP/TLS/RTP/SAVPF 111");
        assertThat(audio.direction()).contains(Direction.RECVONLY);
        assertThat(audio.fmtp(111)).contains("minptime=10;useinbandfec=1");
        assertThat(audio.rtcpFeedback()).isEmpty();
        assertThat(audio.extMaps()).extracting(ExtMap::toAttributeValue).containsExactly("1 " + LEVEL_URI, "4 " + MID_URI);
        assertThat(video.lines().get(0)).isEqualTo("m=video 9 UDP/TLS/RTP/SAVPF 96");
        assertThat(video.rtpMaps()).containsExactly(new RtpMap(96, "VP8", 90000, 1));
        assertThat(video.rtcpFeedback(96)).containsExactly("goog-remb", "ccm fir", "nack pli");
        assertThat(video.extMaps()).extracting(ExtMap::toAttributeValue).containsExactly("2 " + ABS_SEND_TIME_URI, "4 " + MID_URI);
        for (MediaSection s : answer.mediaSections()) {
            assertCommonAcceptedLines(answer, s);
            assertThat(s.ssrcAttributes()).isEmpty();
            assertThat(s.msid()).isEmpty();
        }
        assertThat(result.answer()).doesNotContain("transport-cc", "rtx", "a=rtcp-fb:96 nack\r\n", "ice-lite",
                "a=rid", "a=simulcast", "red/", "ulpfec", "H264");
    }

    private static void assertCommonAcceptedLines(SessionDescription answer, MediaSection s) {
        TransportAttributes t = answer.transportOf(s);
        assertThat(s.port()).isEqualTo(9);
        assertThat(s.lines()).containsSubsequence("c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0");
        assertThat(t.iceUfrag()).contains(LOCAL.iceUfrag());
        assertThat(t.icePwd()).contains(LOCAL.icePwd());
        assertThat(t.fingerprint("sha-256")).contains(LOCAL.fingerprint());
        assertThat(t.setup()).contains("passive");
        assertThat(s.rtcpMux()).isTrue();
        assertThat(s.rtcpRsize()).isTrue();
        assertThat(s.candidates()).isEqualTo(LOCAL.candidates());
        assertThat(s.endOfCandidates()).isTrue();
        assertThat(s.lines().get(s.lines().size() - 1)).isEqualTo("a=end-of-candidates");
    }

    @Test
    void reportsChromiumProducerParameters() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_SENDONLY), LOCAL, RECEIVE_BOTH);

        assertThat(result.remote().iceUfrag()).isEqualTo("nkb7");
        assertThat(result.remote().icePwd()).isEqualTo("mohoEkg2C+I9pW+zNQj5xlMg");
        assertThat(result.remote().fingerprint().value()).startsWith("51:B2:CA");
        assertThat(result.remote().candidates()).hasSize(4);
        assertThat(result.rejected()).isEmpty();
        NegotiatedSection audio = result.accepted("0").orElseThrow();
        assertThat(audio).isEqualTo(new NegotiatedSection("0", MediaKind.AUDIO, MidDecision.receive(MediaKind.AUDIO),
                List.of(new NegotiatedCodec(Codec.OPUS, 111, 48000, 2, List.of())), Map.of(LEVEL_URI, 1, MID_URI, 4),
                List.of(3128967559L), Optional.of(4)));
        NegotiatedSection video = result.accepted("1").orElseThrow();
        assertThat(video.payloadType()).isEqualTo(96);
        assertThat(video.clockRate()).isEqualTo(90000);
        assertThat(video.channels()).isEqualTo(1);
        assertThat(video.rtcpFeedback()).containsExactly("goog-remb", "ccm fir", "nack pli");
        assertThat(video.extensions()).isEqualTo(Map.of(ABS_SEND_TIME_URI, 2, MID_URI, 4));
        assertThat(video.remoteSsrcs()).containsExactly(39326305L);
        assertThat(video.midExtensionId()).contains(4);
    }

    @Test
    void answersFirefoxSendonlyOfferWithSessionLevelFingerprint() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.FIREFOX_SENDONLY), LOCAL, RECEIVE_BOTH);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(result.remote().fingerprint().value()).startsWith("4A:FA:A6");
        assertThat(result.remote().iceUfrag()).isEqualTo("ba28a92f");
        assertThat(result.remote().candidates()).hasSize(8);
        NegotiatedSection audio = result.accepted("0").orElseThrow();
        NegotiatedSection video = result.accepted("1").orElseThrow();
        assertThat(audio.payloadType()).isEqualTo(109);
        assertThat(audio.extensions()).isEqualTo(Map.of(LEVEL_URI, 1, MID_URI, 3));
        assertThat(audio.remoteSsrcs()).containsExactly(763830020L);
        assertThat(video.payloadType()).isEqualTo(120);
        assertThat(video.extensions()).isEqualTo(Map.of(MID_URI, 3, ABS_SEND_TIME_URI, 4));
        assertThat(video.remoteSsrcs()).containsExactly(16535654L);
        assertThat(video.midExtensionId()).contains(3);
        assertThat(answer.mediaSections().get(0).fmtp(109)).contains("maxplaybackrate=48000;stereo=1;useinbandfec=1");
        assertThat(answer.mediaSections().get(0).rtcpRsize()).isFalse();
        assertThat(answer.mediaSections().get(1).rtcpFeedback(120)).containsExactly("nack pli", "ccm fir", "goog-remb");
        assertThat(answer.mediaSections()).extracting(answer::directionOf).containsOnly(Direction.RECVONLY);
        assertThat(result.answer()).doesNotContain("csrc-audio-level", "transport-cc", "rtx", "a=rtcp-fb:120 nack\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.CHROMIUM_RECVONLY, Samples.FIREFOX_RECVONLY})
    void answersRecvonlyOffersAsSenderWithSsrcAndMsid(String sample) throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(sample), LOCAL, SEND_BOTH);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(answer.bundleGroupOf("0")).contains(new Group("BUNDLE", List.of("0", "1")));
        MediaSection audio = answer.mediaSections().get(0);
        MediaSection video = answer.mediaSections().get(1);
        assertThat(answer.directionOf(audio)).isEqualTo(Direction.SENDONLY);
        assertThat(answer.directionOf(video)).isEqualTo(Direction.SENDONLY);
        assertThat(audio.msid()).contains(new Msid("peerA", Optional.of("consumerAudio")));
        assertThat(audio.ssrcAttributes()).containsExactly(new SsrcAttribute(1111L, "cname", "sfu-cname"),
                new SsrcAttribute(1111L, "msid", "peerA consumerAudio"));
        assertThat(video.lines()).contains("a=ssrc:4294967295 cname:sfu-cname", "a=ssrc:4294967295 msid:peerA consumerVideo",
                "a=msid:peerA consumerVideo");
        assertThat(audio.extMaps()).isEmpty();
        assertThat(video.extMaps()).isEmpty();
        int vp8 = video.mediaLine().payloadTypes().get(0);
        assertThat(video.rtpMap(vp8)).map(RtpMap::encoding).contains("VP8");
        assertThat(video.rtcpFeedback(vp8)).containsExactlyInAnyOrder("goog-remb", "ccm fir", "nack pli");
        assertThat(result.accepted()).allSatisfy(s -> {
            assertThat(s.remoteSsrcs()).isEmpty();
            assertThat(s.midExtensionId()).isEmpty();
            assertThat(s.extensions()).isEmpty();
        });
        assertThat(result.accepted("1").orElseThrow().decision()).isEqualTo(SEND_BOTH.get("1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.CHROMIUM_SIMULCAST, Samples.FIREFOX_SIMULCAST})
    void answersSimulcastOffersAsASingleStream(String sample) throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(sample), LOCAL, RECEIVE_BOTH);
        SessionDescription answer = SessionDescription.parse(result.answer());
        MediaSection video = answer.mediaSections().get(1);

        assertThat(video.rids()).isEmpty();
        assertThat(video.simulcast()).isEmpty();
        assertThat(video.extMaps()).extracting(ExtMap::uri).doesNotContain("urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id");
        assertThat(answer.directionOf(video)).isEqualTo(Direction.RECVONLY);
        assertThat(result.accepted("1").orElseThrow().midExtensionId()).isPresent();
    }

    @Test
    void reportsOnlyPrimarySsrcsOfFirefoxSimulcastAndNoneOfChromium() throws Exception {
        NegotiationResult firefox = negotiator().negotiate(Samples.text(Samples.FIREFOX_SIMULCAST), LOCAL, RECEIVE_BOTH);
        NegotiationResult chromium = negotiator().negotiate(Samples.text(Samples.CHROMIUM_SIMULCAST), LOCAL, RECEIVE_BOTH);

        assertThat(firefox.accepted("1").orElseThrow().remoteSsrcs()).containsExactly(3199766L, 1293629552L, 1737856905L);
        assertThat(chromium.accepted("1").orElseThrow().remoteSsrcs()).isEmpty();
        assertThat(chromium.accepted("1").orElseThrow().midExtensionId()).contains(4);
    }

    @Test
    void sendrecvSectionsMayBeEitherDirection() throws Exception {
        Map<String, MidDecision> mixed = Map.of("0", MidDecision.receive(MediaKind.AUDIO),
                "1", MidDecision.send(MediaKind.VIDEO, 7L, "c", "s", "t"));
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.WEBRTC_JAVA_SENDRECV), LOCAL, mixed);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(answer.mediaSections()).extracting(answer::directionOf).containsExactly(Direction.RECVONLY, Direction.SENDONLY);
        assertThat(result.accepted("0").orElseThrow().remoteSsrcs()).containsExactly(2025553741L);
    }

    @Test
    void rejectsUndecidedMidsWithPortZeroAndLeavesThemOutOfBundle() throws Exception {
        Map<String, MidDecision> onlyAudio = Map.of("0", MidDecision.receive(MediaKind.AUDIO));
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_SENDONLY), LOCAL, onlyAudio);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(answer.groups()).containsExactly(new Group("BUNDLE", List.of("0")));
        assertThat(answer.mediaSections().get(1).lines()).containsExactly(
                "m=video 0 UDP/TLS/RTP/SAVPF 96", "c=IN IP4 0.0.0.0", "a=mid:1");
        assertThat(result.rejected()).containsExactly(new RejectedSection("1", "video", RejectedSection.Cause.BY_DECISION));
        assertThat(result.accepted()).extracting(NegotiatedSection::mid).containsExactly("0");
    }

    @Test
    void anInactiveDecisionKeepsTheSectionInTheBundleWithNothingOnIt() throws Exception {
        Map<String, MidDecision> decisions = Map.of("0", MidDecision.send(MediaKind.AUDIO, 1111L, "c", "s", "t"),
                "1", MidDecision.inactive(MediaKind.VIDEO));
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_RECVONLY), LOCAL, decisions);
        SessionDescription answer = SessionDescription.parse(result.answer());

        MediaSection video = answer.mediaSections().get(1);
        assertThat(answer.bundleGroupOf("1")).contains(new Group("BUNDLE", List.of("0", "1")));
        assertThat(video.port()).isNotZero();
        assertThat(answer.directionOf(video)).isEqualTo(Direction.INACTIVE);
        assertThat(video.lines()).contains("a=rtcp-mux").noneMatch(l -> l.startsWith("a=ssrc:") || l.startsWith("a=msid:"));
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void aSectionTheClientParkedInactiveIsAnsweredInactiveNotRejected() throws Exception {
        String offer = Samples.text(Samples.CHROMIUM_RECVONLY).replaceFirst("a=recvonly", "a=inactive");
        Map<String, MidDecision> onlyVideo = Map.of("1", MidDecision.send(MediaKind.VIDEO, 7L, "c", "s", "t"));
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, onlyVideo);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(answer.bundleGroupOf("0")).contains(new Group("BUNDLE", List.of("0", "1")));
        assertThat(answer.directionOf(answer.mediaSections().get(0))).isEqualTo(Direction.INACTIVE);
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void anInactiveDecisionMustMatchTheSectionsKind() {
        Map<String, MidDecision> decisions = Map.of("0", MidDecision.inactive(MediaKind.VIDEO));
        assertThatThrownBy(() -> negotiator().negotiate(Samples.text(Samples.CHROMIUM_RECVONLY), LOCAL, decisions))
                .isInstanceOf(SdpNegotiationException.class);
    }

    @Test
    void explicitRejectDecisionRejectsTheSection() throws Exception {
        Map<String, MidDecision> decisions = Map.of("0", MidDecision.reject(), "1", MidDecision.receive(MediaKind.VIDEO));
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_SENDONLY), LOCAL, decisions);

        assertThat(result.answer()).contains("m=audio 0 UDP/TLS/RTP/SAVPF 111\r\n", "a=group:BUNDLE 1\r\n");
        assertThat(result.rejected("0")).map(RejectedSection::cause).contains(RejectedSection.Cause.BY_DECISION);
        assertThat(result.remote().candidates()).hasSize(4).allMatch(c -> c.contains(" 34269 ") || c.contains(" 43064 ") || c.contains(" 9 "));
    }

    @Test
    void rejectsSectionsThatWereRejectedInTheOffer() throws Exception {
        String offer = Samples.text(Samples.CHROMIUM_SENDONLY).replace("m=video 34269 ", "m=video 0 ");
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, RECEIVE_BOTH);

        assertThat(result.rejected("1")).map(RejectedSection::cause).contains(RejectedSection.Cause.REJECTED_IN_OFFER);
        assertThat(result.answer()).contains("m=video 0 UDP/TLS/RTP/SAVPF 96\r\n");
    }

    @Test
    void rejectsDataChannelSections() throws Exception {
        String offer = Samples.text(Samples.CHROMIUM_SENDONLY).replace("a=group:BUNDLE 0 1", "a=group:BUNDLE 0 1 2")
                + "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:2\r\na=sctp-port:5000\r\n";
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, RECEIVE_BOTH);
        SessionDescription answer = SessionDescription.parse(result.answer());

        assertThat(answer.mediaSections().get(2).lines()).containsExactly(
                "m=application 0 UDP/DTLS/SCTP webrtc-datachannel", "c=IN IP4 0.0.0.0", "a=mid:2");
        assertThat(answer.groups()).containsExactly(new Group("BUNDLE", List.of("0", "1")));
        assertThat(result.rejected()).containsExactly(new RejectedSection("2", "application", RejectedSection.Cause.UNSUPPORTED_MEDIA));
    }

    @Test
    void rejectsAndReportsASectionWithoutCommonCodec() throws Exception {
        String offer = Samples.text(Samples.FIREFOX_SENDONLY).replace("VP8/90000", "XV8/90000");
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, RECEIVE_BOTH);

        assertThat(result.rejected()).containsExactly(new RejectedSection("1", "video", RejectedSection.Cause.NO_COMMON_CODEC));
        assertThat(result.answer()).contains("m=video 0 UDP/TLS/RTP/SAVPF 120\r\n", "a=group:BUNDLE 0\r\n");
    }

    @Test
    void opusMustBeStereoFortyEightKilohertz() throws Exception {
        String offer = Samples.text(Samples.CHROMIUM_SENDONLY).replace("opus/48000/2", "opus/16000/1");
        NegotiationResult result = negotiator().negotiate(offer, LOCAL, RECEIVE_BOTH);

        assertThat(result.rejected("0")).map(RejectedSection::cause).contains(RejectedSection.Cause.NO_COMMON_CODEC);
    }

    @Test
    void answerWithEverySectionRejectedHasNoBundleGroup() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_SENDONLY), LOCAL, Map.of());

        assertThat(result.accepted()).isEmpty();
        assertThat(result.answer()).doesNotContain("a=group");
        assertThat(SessionDescription.parse(result.answer()).mediaSections()).extracting(MediaSection::port).containsOnly(0);
        assertThat(result.remote().iceUfrag()).isEqualTo("nkb7");
    }

    @Test
    void keepsTheSessionIdAndRaisesTheVersionWithEveryAnswer() throws Exception {
        SdpNegotiator negotiator = negotiator();
        String offer = Samples.text(Samples.CHROMIUM_SENDONLY);

        Origin first = SessionDescription.parse(negotiator.negotiate(offer, LOCAL, RECEIVE_BOTH).answer()).origin();
        Origin second = SessionDescription.parse(negotiator.negotiate(offer, LOCAL, RECEIVE_BOTH).answer()).origin();

        assertThat(first.sessionId()).isEqualTo(negotiator.sessionId()).isEqualTo(second.sessionId());
        assertThat(first.sessionVersion()).isEqualTo("1");
        assertThat(second.sessionVersion()).isEqualTo("2");
    }

    @Test
    void sessionIdIsAPositiveSixtyThreeBitNumber() {
        assertThat(new SdpNegotiator(() -> -1L).sessionId()).isEqualTo(Long.toString(Long.MAX_VALUE));
        assertThat(new SdpNegotiator(() -> Long.MIN_VALUE).sessionId()).isEqualTo("1");
        assertThat(new SdpNegotiator(() -> 0L).sessionId()).isEqualTo("1");
    }
}
