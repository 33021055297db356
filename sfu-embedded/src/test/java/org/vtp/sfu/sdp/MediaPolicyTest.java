package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.sfu.api.Codec.H264;
import static org.vtp.sfu.api.Codec.VP8;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.api.Codec;

class MediaPolicyTest {

    @Test
    void aClassSendsVp8WhileEveryoneOffersIt() {
        assertThat(MediaPolicy.classVideoCodec(List.of(Set.of(VP8, H264), Set.of(VP8)), H264)).isEqualTo(VP8);
        assertThat(MediaPolicy.classVideoCodec(List.of(), H264)).isEqualTo(VP8);
    }

    @Test
    void aClassFallsToH264WhenSomeoneLacksVp8AndEveryoneOffersH264() {
        assertThat(MediaPolicy.classVideoCodec(List.of(Set.of(VP8, H264), Set.of(H264)), VP8)).isEqualTo(H264);
    }

    @Test
    void withNoCodecCommonToAllTheClassKeepsItsCodec() {
        List<Set<Codec>> vp8OnlyAndH264Only = List.of(Set.of(VP8), Set.of(H264), Set.of(VP8, H264));

        assertThat(MediaPolicy.classVideoCodec(vp8OnlyAndH264Only, H264)).isEqualTo(H264);
        assertThat(MediaPolicy.classVideoCodec(vp8OnlyAndH264Only, VP8)).isEqualTo(VP8);
    }

    @Test
    void readsTheVideoCodecsOfferedInEveryVideoSection() {
        assertThat(MediaPolicy.offeredVideoCodecs(Samples.text(Samples.CHROMIUM_SENDONLY))).contains(Set.of(VP8, H264));
        assertThat(MediaPolicy.offeredVideoCodecs(Samples.text(Samples.FIREFOX_MAX_BUNDLE_INITIAL))).contains(Set.of(VP8));
        assertThat(MediaPolicy.offeredVideoCodecs(Samples.text(Samples.CHROMIUM_H264_ONLY))).contains(Set.of(H264));
        assertThat(MediaPolicy.offeredVideoCodecs(Samples.text(Samples.WEBRTC_JAVA_SENDRECV))).contains(Set.of(VP8, H264));
    }

    @Test
    void aCodecMissingFromOneVideoSectionIsNotOffered() {
        String offer = Samples.text(Samples.CHROMIUM_H264_ONLY);
        int second = offer.lastIndexOf("m=video 9 UDP/TLS/RTP/SAVPF 108");
        String mixed = offer.substring(0, second) + offer.substring(second)
                .replace("m=video 9 UDP/TLS/RTP/SAVPF 108", "m=video 9 UDP/TLS/RTP/SAVPF 96 108")
                .replace("a=rtpmap:108 H264/90000", "a=rtpmap:96 VP8/90000\r\na=rtpmap:108 H264/90000");

        assertThat(MediaPolicy.offeredVideoCodecs(mixed)).contains(Set.of(H264));
    }

    @Test
    void anOfferWithoutVideoOrUnparseableConstrainsNothing() {
        String audioOnly = Samples.text(Samples.CHROMIUM_SENDONLY);
        audioOnly = audioOnly.substring(0, audioOnly.indexOf("m=video")).replace("a=group:BUNDLE 0 1", "a=group:BUNDLE 0");

        assertThat(MediaPolicy.offeredVideoCodecs(audioOnly)).isEmpty();
        assertThat(MediaPolicy.offeredVideoCodecs("garbage")).isEmpty();
        assertThat(MediaPolicy.offeredVideoCodecs(null)).isEmpty();
    }
}
