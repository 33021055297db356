package org.vtp.client.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinLinkTest {
    private static final String FP = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String LINK = "https://192.168.1.20:8443/join/maths-7b#fp=" + FP;

    @Test
    void parsesTheHostsLinkIntoOriginRoomAndPinnedFingerprint() {
        JoinLink link = JoinLink.parse(LINK);

        assertThat(link.origin()).isEqualTo(URI.create("https://192.168.1.20:8443"));
        assertThat(link.room()).isEqualTo("maths-7b");
        assertThat(link.fingerprintSha256()).contains(FP);
        assertThat(link.secure()).isTrue();
        assertThat(link.pageUri()).isEqualTo(URI.create("https://192.168.1.20:8443/join/maths-7b"));
    }

    @Test
    void formatsBackToTheSameTextAndRoundTrips() {
        assertThat(JoinLink.parse(LINK).format()).isEqualTo(LINK);
        assertThat(JoinLink.parse(JoinLink.parse(LINK).format())).isEqualTo(JoinLink.parse(LINK));
        assertThat(JoinLink.of(URI.create("https://192.168.1.20:8443/"), "maths-7b", FP).format()).isEqualTo(LINK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  https://192.168.1.20:8443/join/maths-7b#fp=" + FP + "  |https://192.168.1.20:8443/join/maths-7b#fp=" + FP,
        "HTTPS://Host.Example:8443/join/r/#fp=" + FP + "|https://host.example:8443/join/r#fp=" + FP,
        "https://h/join/r?name=Ann#x=1&fp=" + FP + "&y|https://h:443/join/r#fp=" + FP,
        "http://localhost/join/class|http://localhost:80/join/class",
        "https://[fe80::1]:9/join/r|https://[fe80::1]:9/join/r",
        "https://h:1/join/r#fp=" + "01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF"
            + "|https://h:1/join/r#fp=" + FP,
    })
    void normalisesWhatUsersPaste(String pasted, String canonical) {
        assertThat(JoinLink.parse(pasted).format()).isEqualTo(canonical);
    }

    @Test
    void anHttpsLinkWithoutFingerprintTrustsCertificateAuthorities() {
        assertThat(JoinLink.parse("https://school.example/join/r").fingerprintSha256()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "garbage", "192.168.1.20:8443/join/r", "ftp://h/join/r", "javascript:alert(1)",
        "file:///etc/passwd", "https:///join/r", "https://user:pw@h/join/r", "https://h@evil/join/r",
        "https://h/", "https://h/join/", "https://h/join/a/b", "https://h/join/a%2Fb", "https://h/join/../admin",
        "https://h/other/r", "https://h/join/r%00", "https://h/join/rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr", "https://h/join/réunion",
        "https://h:0/join/r", "https://h:65536/join/r", "https://h:99999999999/join/r", "https://h:-1/join/r",
        "https://h/join/r#fp=", "https://h/join/r#fp=xyz", "https://h/join/r#fp=" + FP + "0",
        "https://h/join/r#fp=" + FP + "&fp=" + FP, "https://h/join/r#fp=" + FP + "%00",
        "http://h/join/r#fp=" + FP, "https://h\\@evil/join/r", "https://h/join/r\n#fp=" + FP,
        "https://h/join/<script>", "https:// h/join/r",
    })
    void refusesHostileOrBrokenInputWithAnIllegalArgumentException(String bad) {
        assertThatThrownBy(() -> JoinLink.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid join link: ");
    }

    @Test
    void refusesOversizedInputBeforeParsingIt() {
        String huge = "https://h/join/r#x=" + "a".repeat(JoinLink.MAX_LENGTH);

        assertThatThrownBy(() -> JoinLink.parse(huge)).hasMessageContaining("longer than");
    }

    @Test
    void buildingALinkValidatesItsPartsToo() {
        URI origin = URI.create("https://h:8443");

        assertThatThrownBy(() -> JoinLink.of(origin, "no spaces", FP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JoinLink.of(origin, "r", "beef")).isInstanceOf(IllegalArgumentException.class);
        assertThat(JoinLink.of(origin, "r", null).fingerprintSha256()).isEmpty();
    }
}
