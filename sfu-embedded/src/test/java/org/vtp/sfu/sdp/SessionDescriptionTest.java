package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vtp.sfu.api.MediaKind;

class SessionDescriptionTest {

    static List<String> samples() {
        return Samples.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesEverySampleBackByteForByte(String name) throws Exception {
        SessionDescription sdp = Samples.parse(name);

        assertThat(sdp.write().getBytes(StandardCharsets.UTF_8)).isEqualTo(Samples.bytes(name));
        assertThat(sdp.toString()).isEqualTo(sdp.write());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writtenTextParsesToTheSameModel(String name) throws Exception {
        SessionDescription sdp = Samples.parse(name);
        SessionDescription again = SessionDescription.parse(sdp.write());

        assertThat(again.write()).isEqualTo(sdp.write());
        assertThat(again.mediaSections()).hasSameSizeAs(sdp.mediaSections());
    }

    @Test
    void keepsNineteenDigitSessionIdsExact() throws Exception {
        Origin origin = Samples.parse(Samples.WEBRTC_JAVA_SENDRECV).origin();

        assertThat(origin.sessionId()).isEqualTo("9075670121552357108");
        assertThat(origin.sessionVersion()).isEqualTo("2");
        assertThat(origin.username()).isEqualTo("-");
        assertThat(origin.address()).isEqualTo("127.0.0.1");
    }

    @Test
    void keepsSessionIdsBeyondTheRangeOfLong() throws Exception {
        String text = "v=0\r\no=- 18446744073709551615 007 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
        SessionDescription sdp = SessionDescription.parse(text);

        assertThat(sdp.origin().sessionId()).isEqualTo("18446744073709551615");
        assertThat(sdp.origin().sessionVersion()).isEqualTo("007");
        assertThat(sdp.mediaSections()).isEmpty();
        assertThat(sdp.write()).isEqualTo(text);
    }

    @Test
    void readsChromiumSendonlyOffer() throws Exception {
        SessionDescription sdp = Samples.parse(Samples.CHROMIUM_SENDONLY);

        assertThat(sdp.groups()).containsExactly(new Group("BUNDLE", List.of("0", "1")));
        assertThat(sdp.msidSemantic()).contains(new MsidSemantic("WMS", List.of()));
        assertThat(sdp.attributeValues("extmap-allow-mixed")).containsExactly("");
        MediaSection audio = sdp.mediaSections().get(0);
        MediaSection video = sdp.mediaSections().get(1);
        assertThat(audio.kind()).contains(MediaKind.AUDIO);
        assertThat(audio.port()).isEqualTo(38066);
        assertThat(audio.proto()).isEqualTo("UDP/TLS/RTP/SAVPF");
        assertThat(audio.mid()).contains("0");
        assertThat(audio.direction()).contains(Direction.SENDONLY);
        assertThat(audio.rtpMap(111)).contains(new RtpMap(111, "opus", 48000, 2));
        assertThat(audio.fmtp(111)).contains("minptime=10;useinbandfec=1");
        assertThat(audio.extMap("urn:ietf:params:rtp-hdrext:ssrc-audio-level").map(ExtMap::id)).contains(1);
        assertThat(audio.candidates()).hasSize(4).first().asString()
                .isEqualTo("candidate:582545149 1 udp 2122194687 192.0.2.2 38066 typ host generation 0 network-id 1");
        assertThat(audio.primarySsrcs()).containsExactly(3128967559L);
        assertThat(audio.msid()).contains(new Msid("-", Optional.of("340f2747-2335-4dde-ae97-25e77fdc8fee")));
        assertThat(video.formats().get(0)).isEqualTo("96");
        assertThat(video.rtpMap(96)).contains(new RtpMap(96, "VP8", 90000, 1));
        assertThat(video.rtcpFeedback(96)).containsExactly("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli");
        assertThat(video.rtcpMux()).isTrue();
        assertThat(video.rtcpRsize()).isTrue();
        assertThat(video.ssrcGroups()).containsExactly(new SsrcGroup("FID", List.of(39326305L, 375411455L)));
        assertThat(video.ssrcs()).containsExactly(39326305L, 375411455L);
        assertThat(video.primarySsrcs()).containsExactly(39326305L);
        assertThat(video.ssrcAttributes().get(0)).isEqualTo(new SsrcAttribute(39326305L, "cname", "ejr79SyQjf5Ri5og"));
    }

    @Test
    void readsChromiumTransportPerSection() throws Exception {
        SessionDescription sdp = Samples.parse(Samples.CHROMIUM_SENDONLY);
        TransportAttributes t = sdp.transportOf(sdp.mediaSections().get(1));

        assertThat(t.iceUfrag()).contains("nkb7");
        assertThat(t.icePwd()).contains("mohoEkg2C+I9pW+zNQj5xlMg");
        assertThat(t.setup()).contains("actpass");
        assertThat(t.iceOptions()).contains("trickle");
        assertThat(t.fingerprint("SHA-256")).contains(new Fingerprint("sha-256",
                "51:B2:CA:42:9B:5F:70:59:D6:CE:B6:57:8F:6E:C8:C1:E7:F1:FD:87:DE:46:AF:D0:CE:A6:9D:47:32:BC:34:A0"));
    }

    @Test
    void resolvesFirefoxSessionLevelFingerprintAndDirection() throws Exception {
        SessionDescription sdp = Samples.parse(Samples.FIREFOX_SENDONLY);
        MediaSection audio = sdp.mediaSections().get(0);

        assertThat(sdp.origin().username()).isEqualTo("mozilla...THIS_IS_SDPARTA-99.0");
        assertThat(sdp.origin().sessionId()).isEqualTo("7803550880885032919");
        assertThat(sdp.msidSemantic()).contains(new MsidSemantic("WMS", List.of("*")));
        assertThat(audio.transport().fingerprints()).isEmpty();
        assertThat(sdp.transport().fingerprints()).hasSize(1);
        assertThat(sdp.direction()).contains(Direction.SENDRECV);
        TransportAttributes resolved = sdp.transportOf(audio);
        assertThat(resolved.fingerprint("sha-256").map(Fingerprint::value)).contains(
                "4A:FA:A6:E9:4F:98:08:04:72:CF:C0:67:B6:9B:E5:5D:AC:80:A6:FC:06:8D:18:97:B8:4F:F5:B8:CB:2A:B9:B4");
        assertThat(resolved.iceUfrag()).contains("ba28a92f");
        assertThat(resolved.iceOptions()).contains("trickle");
        assertThat(sdp.directionOf(audio)).isEqualTo(Direction.SENDONLY);
        assertThat(audio.endOfCandidates()).isTrue();
        assertThat(audio.candidates()).hasSize(8);
    }

    @Test
    void readsFirefoxExtmapDirectionsAndVp8PayloadType() throws Exception {
        SessionDescription sdp = Samples.parse(Samples.FIREFOX_SENDONLY);
        MediaSection audio = sdp.mediaSections().get(0);
        MediaSection video = sdp.mediaSections().get(1);

        assertThat(audio.extMaps().get(1)).isEqualTo(new ExtMap(2, Optional.of(Direction.RECVONLY),
                "urn:ietf:params:rtp-hdrext:csrc-audio-level", Optional.empty()));
        assertThat(audio.rtpMap(9)).contains(new RtpMap(9, "G722", 8000, 1));
        assertThat(video.rtpMap(120)).contains(new RtpMap(120, "VP8", 90000, 1));
        assertThat(video.fmtp(120)).contains("max-fs=12288;max-fr=60");
        assertThat(video.primarySsrcs()).containsExactly(16535654L);
    }

    @Test
    void readsSimulcastRidsFromBothBrowsers() throws Exception {
        MediaSection chromium = Samples.parse(Samples.CHROMIUM_SIMULCAST).mediaSections().get(1);
        MediaSection firefox = Samples.parse(Samples.FIREFOX_SIMULCAST).mediaSections().get(1);

        assertThat(chromium.rids()).extracting(Rid::id).containsExactly("q", "h", "f");
        assertThat(chromium.rids()).extracting(Rid::direction).containsOnly("send");
        assertThat(chromium.simulcast()).contains("send q;h;f");
        assertThat(chromium.ssrcs()).isEmpty();
        assertThat(firefox.simulcast()).contains("send q;h;f");
        assertThat(firefox.extMap("urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id"))
                .map(ExtMap::direction).contains(Optional.of(Direction.SENDONLY));
        assertThat(firefox.primarySsrcs()).containsExactly(3199766L, 1293629552L, 1737856905L);
    }

    @Test
    void keepsUnknownLinesVerbatimAndInOrder() throws Exception {
        MediaSection audio = Samples.parse(Samples.CHROMIUM_RECVONLY).mediaSections().get(0);

        assertThat(audio.lines()).containsSubsequence("a=rtcp-rsize", "a=rtcp-xr:rcvr-rtt=all", "a=rtpmap:111 opus/48000/2");
        assertThat(audio.attributeValues("rtcp-xr")).containsExactly("rcvr-rtt=all");
        assertThat(audio.lines().get(0)).isEqualTo("m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126");
    }

    @Test
    void readsSendrecvSectionsOfWebrtcJava() throws Exception {
        SessionDescription sdp = Samples.parse(Samples.WEBRTC_JAVA_SENDRECV);

        assertThat(sdp.msidSemantic()).contains(new MsidSemantic("WMS", List.of("stream0")));
        assertThat(sdp.mediaSections()).extracting(sdp::directionOf).containsOnly(Direction.SENDRECV);
        assertThat(sdp.section("1").flatMap(MediaSection::msid)).contains(new Msid("stream0", Optional.of("video0")));
    }

    @Test
    void acceptsBareLineFeedsAndWritesCrlf() throws Exception {
        String lf = Samples.text(Samples.CHROMIUM_RECVONLY).replace("\r\n", "\n");

        assertThat(SessionDescription.parse(lf).write()).isEqualTo(Samples.text(Samples.CHROMIUM_RECVONLY));
    }
}
