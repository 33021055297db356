package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.sfu.sdp.Negotiations.LOCAL;
import static org.vtp.sfu.sdp.Negotiations.RECEIVE_BOTH;
import static org.vtp.sfu.sdp.Negotiations.SEND_BOTH;
import static org.vtp.sfu.sdp.Negotiations.negotiator;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;

/** Which video codecs are answered, and how, once the SFU forwards H.264 as well as VP8. */
class SdpNegotiatorH264Test {

    private static final String H264_FMTP = "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f";
    private static final Map<String, MidDecision> H264_STUDENT = Map.of("0", MidDecision.receive(MediaKind.AUDIO),
            "1", MidDecision.receive(MediaKind.VIDEO), "2", MidDecision.send(MediaKind.VIDEO, 5L, "c", "s", "t"));

    @Test
    void aSenderIsAnsweredTheClassCodecEvenWhenItListsVp8First() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_SENDONLY), LOCAL, RECEIVE_BOTH,
                Codec.H264);
        MediaSection video = SessionDescription.parse(result.answer()).mediaSections().get(1);

        assertThat(video.lines().get(0)).isEqualTo("m=video 9 UDP/TLS/RTP/SAVPF 108");
        assertThat(video.rtpMaps()).containsExactly(new RtpMap(108, "H264", 90000, 1));
        assertThat(video.fmtp(108)).contains(H264_FMTP);
        assertThat(video.rtcpFeedback(108)).containsExactly("goog-remb", "ccm fir", "nack pli");
        assertThat(result.accepted("1").orElseThrow().codec())
                .isEqualTo(new NegotiatedCodec(Codec.H264, 108, 90000, 1, java.util.List.of("goog-remb", "ccm fir", "nack pli")));
    }

    @Test
    void aSenderThatCannotSendTheClassCodecIsAnsweredWhatItCanSend() throws Exception {
        NegotiationResult firefox = negotiator().negotiate(Samples.text(Samples.FIREFOX_SENDONLY), LOCAL, RECEIVE_BOTH,
                Codec.H264);
        NegotiationResult h264Only = negotiator().negotiate(Samples.text(Samples.CHROMIUM_H264_ONLY), LOCAL,
                H264_STUDENT, Codec.VP8);

        assertThat(firefox.accepted("1").orElseThrow().codec().codec()).isEqualTo(Codec.VP8);
        assertThat(h264Only.accepted("1").orElseThrow().codec().codec()).isEqualTo(Codec.H264);
        assertThat(h264Only.rejected()).isEmpty();
    }

    @Test
    void aReceiverIsAnsweredEveryForwardedCodecItOffersInItsOrder() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_RECVONLY), LOCAL, SEND_BOTH);
        MediaSection video = SessionDescription.parse(result.answer()).mediaSections().get(1);

        assertThat(video.lines().get(0)).isEqualTo("m=video 9 UDP/TLS/RTP/SAVPF 96 108");
        assertThat(video.fmtp(96)).isEmpty();
        assertThat(video.fmtp(108)).contains(H264_FMTP);
        assertThat(result.accepted("1").orElseThrow().codecs()).extracting(NegotiatedCodec::codec, NegotiatedCodec::payloadType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Codec.VP8, 96), org.assertj.core.groups.Tuple.tuple(Codec.H264, 108));
    }

    @Test
    void anH264OnlyReceiverIsAnsweredH264() throws Exception {
        NegotiationResult result = negotiator().negotiate(Samples.text(Samples.CHROMIUM_H264_ONLY), LOCAL, H264_STUDENT);

        assertThat(result.accepted("2").orElseThrow().codecs()).extracting(NegotiatedCodec::codec).containsExactly(Codec.H264);
        assertThat(result.answer()).doesNotContain("VP8");
    }

    @Test
    void h264InAnotherModeOrProfileIsNoCommonCodec() throws Exception {
        String offer = Samples.text(Samples.CHROMIUM_H264_ONLY);
        for (String fmtp : new String[] {"packetization-mode=0;profile-level-id=42e01f",
                "packetization-mode=1;profile-level-id=640c1f", "packetization-mode=1;profile-level-id=42001f"}) {
            NegotiationResult result = negotiator().negotiate(offer.replace(H264_FMTP, fmtp), LOCAL, H264_STUDENT);

            assertThat(result.rejected()).extracting(RejectedSection::cause).containsOnly(RejectedSection.Cause.NO_COMMON_CODEC);
            assertThat(result.rejected()).extracting(RejectedSection::mid).containsExactly("1", "2");
        }
    }
}
