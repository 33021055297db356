package org.vtp.sfu.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RemoteCandidateLineTest {

    @Test
    void parsesAChromiumHostCandidateWithExtensions() {
        var result = RemoteCandidateLine.parse(
                "a=candidate:2437072876 1 udp 2122260223 192.168.1.20 54321 typ host generation 0 ufrag Ab3d network-id 1");
        assertThat(result.ignored()).isNull();
        RemoteCandidateLine c = result.candidate();
        assertThat(c.foundation()).isEqualTo("2437072876");
        assertThat(c.component()).isEqualTo(1);
        assertThat(c.priority()).isEqualTo(2122260223L);
        assertThat(c.address().getHostAddress()).isEqualTo("192.168.1.20");
        assertThat(c.port()).isEqualTo(54321);
        assertThat(c.type()).isEqualTo("host");
    }

    @Test
    void parsesIpv6AndServerReflexiveCandidates() {
        var v6 = RemoteCandidateLine.parse("candidate:1 1 UDP 1686052607 2001:db8::7 61000 typ srflx raddr :: rport 0");
        assertThat(v6.candidate().address().getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(v6.candidate().type()).isEqualTo("srflx");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "candidate:1 1 udp 2122260223 4f1d2c3e-aaaa-bbbb-cccc-0123456789ab.local 54321 typ host | MDNS_OR_HOSTNAME",
        "candidate:1 1 udp 2122260223 example.org 54321 typ host | MDNS_OR_HOSTNAME",
        "candidate:3 1 tcp 1518280447 192.168.1.20 9 typ host tcptype active | NOT_UDP",
        "candidate:1 2 udp 2122260222 192.168.1.20 54322 typ host | NOT_RTP_COMPONENT",
        "a=end-of-candidates | END_OF_CANDIDATES",
        "'' | END_OF_CANDIDATES",
    })
    void ignoresCandidatesTheSfuCannotOrNeedNotUse(String line, RemoteCandidateLine.Ignored why) {
        assertThat(RemoteCandidateLine.parse(line).ignored()).isEqualTo(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "candidate:1 1 udp 2122260223 192.168.1.20",
        "candidate:1 1 udp 2122260223 192.168.1.20 54321 type host",
        "candidate:1 x udp 2122260223 192.168.1.20 54321 typ host",
        "candidate:1 1 udp -5 192.168.1.20 54321 typ host",
        "candidate:1 1 udp 99999999999 192.168.1.20 54321 typ host",
        "candidate:1 1 udp 1 192.168.1.20 70000 typ host",
        "candidate:1 1 udp 1 192.168.1.20 0 typ host",
        "candidate:1 1 udp 1 192.168.1.20 5000 typ wormhole",
        "candidate:1 1 udp 1 999.1.1.1 5000 typ host",
        "m=audio 9 UDP/TLS/RTP/SAVPF 111",
        "garbage",
    })
    void refusesMalformedLines(String line) {
        assertThatThrownBy(() -> RemoteCandidateLine.parse(line)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNullAndHugeLines() {
        assertThatThrownBy(() -> RemoteCandidateLine.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RemoteCandidateLine.parse("candidate:" + "1".repeat(5000)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
