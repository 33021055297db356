package org.vtp.client.ice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackCandidatesTest {
    // As gathered by webrtc-java 0.14.0 with adapter enumeration disabled.
    private static final String WILDCARD_HOST =
            "candidate:834988133 1 udp 2113937151 192.0.2.2 35501 typ host generation 0 ufrag txHm network-cost 999";

    @Test
    void anIpv4UdpHostCandidateIsAnnouncedOnLoopback() {
        assertThat(LoopbackCandidates.rewrite(WILDCARD_HOST)).contains(
                "candidate:834988133 1 udp 2113937151 127.0.0.1 35501 typ host generation 0 ufrag txHm network-cost 999");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "candidate:4204931461 1 udp 2113942271 fd00::2 38833 typ host generation 0 ufrag txHm",
        "candidate:2526825790 1 tcp 1518214911 192.0.2.2 58091 typ host tcptype passive generation 0",
        "candidate:1 1 udp 1686052607 203.0.113.9 4000 typ srflx raddr 0.0.0.0 rport 0",
        "candidate:1 1 udp 2113937151 999.0.2.2 35501 typ host",
        "candidate:1 1 udp 2113937151 abc.local 35501 typ host",
        "candidate:1 1 udp",
        "garbage",
        "a=candidate:1 1 udp 2113937151 192.0.2.2 35501 typ host"})
    void everythingElseIsDropped(String candidate) {
        assertThat(LoopbackCandidates.rewrite(candidate)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreDropped(String candidate) {
        assertThat(LoopbackCandidates.rewrite(candidate)).isEmpty();
    }

    @Test
    void systemModeAnnouncesCandidatesUnchanged() {
        assertThat(LoopbackCandidates.forMode(NetworkMode.SYSTEM, WILDCARD_HOST)).contains(WILDCARD_HOST);
    }
}
