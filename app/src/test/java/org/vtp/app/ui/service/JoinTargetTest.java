package org.vtp.app.ui.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.client.link.JoinLink;
import org.vtp.client.signalling.Admission;
import org.vtp.client.signalling.AdmissionSource;

class JoinTargetTest {
    private static final String FP = "ab".repeat(32);

    @ParameterizedTest
    @CsvSource({
        "https://192.168.1.20:8443/join/physics-7b, https://192.168.1.20:8443, physics-7b",
        "https://192.168.1.20:8443/join/physics-7b?name=Ada&media=none, https://192.168.1.20:8443, physics-7b",
        "'  http://127.0.0.1:8080/join/class  ', http://127.0.0.1:8080, class",
        "HTTPS://school.example/join/A_1, https://school.example:443, A_1"})
    void aJoinLinkGivesTheOriginAndTheCodeAndNeedsAGuestToken(String link, String origin, String code) {
        JoinTarget target = JoinTarget.fromLink(link).orElseThrow();

        assertThat(target.link().origin()).isEqualTo(URI.create(origin));
        assertThat(target.code()).isEqualTo(code);
        assertThat(target.server()).isEqualTo(origin);
        assertThat(target.admissions()).isEmpty();
    }

    @Test
    void aLinkWithAFingerprintKeepsThePin() {
        JoinTarget target = JoinTarget.fromLink("https://10.0.0.5:8443/join/abc#fp=" + FP).orElseThrow();

        assertThat(target.link().fingerprintSha256()).contains(FP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "physics-7b", "ftp://host/join/x", "https://host/room/x", "https://host/join/",
        "https://host/join/a/b", "https://host/join/bad%20room", "https:///join/x", "not a :// link",
        "http://host/join/x#fp=" + "ab" + "ab" + "ab", "https://host/join/x#fp=nothex",
        "https://host/join/" + "x12345678901234567890123456789012345678901234567890123456789012345"})
    void anythingElseIsNotAJoinLink(String text) {
        assertThat(JoinTarget.fromLink(text)).isEmpty();
    }

    @Test
    void aServerWithoutSchemeIsHttpsAndTheCodeIsTheLinksCode() {
        JoinTarget target = JoinTarget.fromServerAndCode("10.0.0.5:8443", " maths ").orElseThrow();

        assertThat(target.link().origin()).isEqualTo(URI.create("https://10.0.0.5:8443"));
        assertThat(target.code()).isEqualTo("maths");
        assertThat(target.server()).isEqualTo("https://10.0.0.5:8443");
        assertThat(target.link().format()).isEqualTo("https://10.0.0.5:8443/join/maths");
    }

    @ParameterizedTest
    @CsvSource({"'', maths", "10.0.0.5, ''", "10.0.0.5, 'two words'", "'ftp://x', maths", "'bad host:x', maths"})
    void aMissingServerOrABadCodeGivesNoTarget(String server, String code) {
        assertThat(JoinTarget.fromServerAndCode(server, code)).isEmpty();
    }

    @Test
    void theHostsOwnSeatCarriesItsAdmissionSource() throws Exception {
        JoinLink link = JoinLink.parse("https://127.0.0.1:9/join/abc#fp=" + FP);

        JoinTarget seat = JoinTarget.owner(link, AdmissionSource.fixed(Admission.of("jwt", "room-id")));

        assertThat(seat.admissions().orElseThrow().admit().get()).isEqualTo(Admission.of("jwt", "room-id"));
        assertThat(seat.code()).isEqualTo("abc");
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.5:8443, false", "school.example, false", "https://10.0.0.5:8443, true",
        "http://10.0.0.5:8080, true"})
    void anAddressNamesItsSchemeOnlyWhenItIsWrittenOut(String server, boolean named) {
        assertThat(JoinTarget.namesScheme(server)).isEqualTo(named);
    }

    @Test
    void theSameClassMovesToTheSchemeThatWorkedWithThePinItTrusts() {
        JoinTarget bare = JoinTarget.fromServerAndCode("10.0.0.5:8443", "maths").orElseThrow();

        JoinTarget plain = bare.at(URI.create("http://10.0.0.5:8443"), java.util.Optional.empty());
        JoinTarget pinned = bare.at(bare.link().origin(), java.util.Optional.of(FP));

        assertThat(plain.server()).isEqualTo("http://10.0.0.5:8443");
        assertThat(plain.code()).isEqualTo("maths");
        assertThat(pinned.link().fingerprintSha256()).contains(FP);
        assertThat(pinned.hostPort()).isEqualTo("10.0.0.5:8443");
    }
}
