package org.vtp.app.ui.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinTargetTest {

    @ParameterizedTest
    @CsvSource({
        "https://192.168.1.20:8443/join/physics-7b, https://192.168.1.20:8443/, physics-7b",
        "https://192.168.1.20:8443/join/physics-7b?name=Ada&media=none, https://192.168.1.20:8443/, physics-7b",
        "'  http://127.0.0.1:8080/join/class  ', http://127.0.0.1:8080/, class",
        "HTTPS://school.example/join/A_1, https://school.example/, A_1"})
    void aJoinLinkGivesTheOriginAndTheRoom(String link, String origin, String room) {
        JoinTarget target = JoinTarget.fromLink(link).orElseThrow();

        assertThat(target.origin()).isEqualTo(URI.create(origin));
        assertThat(target.roomId()).isEqualTo(room);
        assertThat(target.link()).isEqualTo(link.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "physics-7b", "ftp://host/join/x", "https://host/room/x", "https://host/join/",
        "https://host/join/a/b", "https://host/join/bad%20room", "https:///join/x", "not a :// link",
        "https://host/join/" + "x12345678901234567890123456789012345678901234567890123456789012345"})
    void anythingElseIsNotAJoinLink(String text) {
        assertThat(JoinTarget.fromLink(text)).isEmpty();
    }

    @Test
    void aServerWithoutSchemeIsHttpsAndTheCodeBecomesTheRoom() {
        JoinTarget target = JoinTarget.fromServerAndCode("10.0.0.5:8443", " maths ").orElseThrow();

        assertThat(target.origin()).isEqualTo(URI.create("https://10.0.0.5:8443/"));
        assertThat(target.roomId()).isEqualTo("maths");
        assertThat(target.server()).isEqualTo("https://10.0.0.5:8443");
        assertThat(target.link()).isEqualTo("https://10.0.0.5:8443/join/maths");
    }

    @ParameterizedTest
    @CsvSource({"'', maths", "10.0.0.5, ''", "10.0.0.5, 'two words'", "'ftp://x', maths"})
    void aMissingServerOrABadCodeGivesNoTarget(String server, String code) {
        assertThat(JoinTarget.fromServerAndCode(server, code)).isEmpty();
    }
}
