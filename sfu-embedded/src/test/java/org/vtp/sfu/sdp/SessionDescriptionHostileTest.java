package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionDescriptionHostileTest {

    private static final String HEAD = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    private static final String AUDIO = "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("null", null, "empty"),
                Arguments.of("empty", "", "empty"),
                Arguments.of("only a line end", "\r\n", "line 1"),
                Arguments.of("garbage", "hello world", "line 1"),
                Arguments.of("binary", "\u0000\u0001\u0002", "line 1"),
                Arguments.of("wrong version", "v=1\r\n" + HEAD.substring(5), "v=0"),
                Arguments.of("v= not first", "s=-\r\n" + HEAD, "v=0"),
                Arguments.of("missing o=", "v=0\r\ns=-\r\nt=0 0\r\n", "o="),
                Arguments.of("two o= lines", HEAD + "o=- 1 2 IN IP4 127.0.0.1\r\n", "o="),
                Arguments.of("missing s=", "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\nt=0 0\r\n", "s="),
                Arguments.of("missing t=", "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n", "t="),
                Arguments.of("o= with 5 fields", "v=0\r\no=- 1 2 IN IP4\r\ns=-\r\nt=0 0\r\n", "6 fields"),
                Arguments.of("o= session id not a number", "v=0\r\no=- 12x 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\n", "session id"),
                Arguments.of("o= session id of 40 digits", "v=0\r\no=- " + "9".repeat(40) + " 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\n", "session id"),
                Arguments.of("empty line inside", HEAD + "\r\n" + AUDIO, "line 5"),
                Arguments.of("upper-case type", HEAD + "A=rtcp-mux\r\n", "line 5"),
                Arguments.of("truncated line", HEAD + "a", "line 5"),
                Arguments.of("line without =", HEAD + "ax\r\n", "line 5"),
                Arguments.of("stray CR inside a line", HEAD + "a=mid:0\rx\r\n", "control"),
                Arguments.of("NUL inside a line", HEAD + "a=x\u0000y\r\n", "control"),
                Arguments.of("m= with three fields", HEAD + "m=audio 9 UDP/TLS/RTP/SAVPF\r\n", "m="),
                Arguments.of("m= empty", HEAD + "m=\r\n", "m="),
                Arguments.of("m= port not a number", HEAD + "m=audio nine UDP/TLS/RTP/SAVPF 111\r\n", "port"),
                Arguments.of("m= negative port", HEAD + "m=audio -9 UDP/TLS/RTP/SAVPF 111\r\n", "port"),
                Arguments.of("m= port too big", HEAD + "m=audio 70000 UDP/TLS/RTP/SAVPF 111\r\n", "port"),
                Arguments.of("m= port overflowing int", HEAD + "m=audio 99999999999999 UDP/TLS/RTP/SAVPF 111\r\n", "port"),
                Arguments.of("m= payload type 300", HEAD + "m=audio 9 UDP/TLS/RTP/SAVPF 300\r\n", "payload type"),
                Arguments.of("m= payload type text", HEAD + "m=audio 9 UDP/TLS/RTP/SAVPF opus\r\n", "payload type"),
                Arguments.of("m= double space", HEAD + "m=audio  9 UDP/TLS/RTP/SAVPF 111\r\n", "empty field"),
                Arguments.of("rtpmap without rate", HEAD + AUDIO + "a=rtpmap:111 opus\r\n", "rtpmap"),
                Arguments.of("rtpmap bad payload type", HEAD + AUDIO + "a=rtpmap:abc opus/48000/2\r\n", "payload type"),
                Arguments.of("rtpmap zero rate", HEAD + AUDIO + "a=rtpmap:111 opus/0/2\r\n", "clock rate"),
                Arguments.of("rtpmap huge rate", HEAD + AUDIO + "a=rtpmap:111 opus/99999999999/2\r\n", "clock rate"),
                Arguments.of("fmtp bad payload type", HEAD + AUDIO + "a=fmtp:x y=1\r\n", "fmtp"),
                Arguments.of("rtcp-fb without type", HEAD + AUDIO + "a=rtcp-fb:111\r\n", "rtcp-fb"),
                Arguments.of("ssrc above 32 bits", HEAD + AUDIO + "a=ssrc:4294967296 cname:x\r\n", "ssrc"),
                Arguments.of("ssrc without attribute", HEAD + AUDIO + "a=ssrc:1\r\n", "ssrc"),
                Arguments.of("ssrc-group without ssrcs", HEAD + AUDIO + "a=ssrc-group:FID\r\n", "ssrc-group"),
                Arguments.of("extmap id 0", HEAD + AUDIO + "a=extmap:0 urn:x\r\n", "extmap id"),
                Arguments.of("extmap id 256", HEAD + AUDIO + "a=extmap:256 urn:x\r\n", "extmap id"),
                Arguments.of("extmap bad direction", HEAD + AUDIO + "a=extmap:1/sideways urn:x\r\n", "direction"),
                Arguments.of("extmap without uri", HEAD + AUDIO + "a=extmap:1\r\n", "extmap"),
                Arguments.of("fingerprint without value", HEAD + AUDIO + "a=fingerprint:sha-256\r\n", "fingerprint"),
                Arguments.of("empty ice-ufrag", HEAD + AUDIO + "a=ice-ufrag:\r\n", "ice-ufrag"),
                Arguments.of("empty mid", HEAD + AUDIO + "a=mid:\r\n", "mid"),
                Arguments.of("mid with a space", HEAD + AUDIO + "a=mid:a b\r\n", "mid"),
                Arguments.of("msid with three fields", HEAD + AUDIO + "a=msid:a b c\r\n", "msid"),
                Arguments.of("rid without direction", HEAD + AUDIO + "a=rid:q\r\n", "rid"),
                Arguments.of("group without semantics", HEAD.replace("t=0 0\r\n", "t=0 0\r\na=group:\r\n"), "group"),
                Arguments.of("too many m-sections", HEAD + AUDIO.repeat(SessionDescription.MAX_SECTIONS + 1), "m-sections"),
                Arguments.of("huge", HEAD + "a=x:" + "y".repeat(SdpLines.MAX_CHARS) + "\r\n", "characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesMalformedInputWithACheckedException(String name, String text, String messagePart) {
        assertThatThrownBy(() -> SessionDescription.parse(text))
                .isExactlyInstanceOf(SdpParseException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void acceptsExactlyTheSectionLimit() throws Exception {
        SessionDescription sdp = SessionDescription.parse(HEAD + AUDIO.repeat(SessionDescription.MAX_SECTIONS));

        assertThat(sdp.mediaSections()).hasSize(SessionDescription.MAX_SECTIONS);
    }

    @Test
    void everyTruncationOfEverySampleParsesOrFailsCleanly() {
        for (String name : Samples.ALL) {
            String text = Samples.text(name);
            for (int end = 0; end < text.length(); end++) {
                parseOrFailCleanly(text.substring(0, end));
            }
        }
    }

    @Test
    void randomCorruptionOfSamplesParsesOrFailsCleanly() {
        SplittableRandom random = new SplittableRandom(20240611);
        String alphabet = "a=:/ 0123456789\r\n-*x\u0000\u00ff";
        for (int i = 0; i < 5000; i++) {
            char[] text = Samples.text(Samples.ALL.get(i % Samples.ALL.size())).toCharArray();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            parseOrFailCleanly(new String(text));
        }
    }

    private static void parseOrFailCleanly(String text) {
        try {
            SessionDescription sdp = SessionDescription.parse(text);
            assertThat(sdp.mediaSections()).isNotNull();
            List<String> roundTrip = List.of(sdp.write());
            assertThat(roundTrip).isNotEmpty();
        } catch (SdpParseException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
