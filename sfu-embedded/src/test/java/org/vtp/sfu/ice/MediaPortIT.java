package org.vtp.sfu.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaPortIT {

    private static final IceSession.Listener IGNORE = new IceSession.Listener() {
        @Override
        public void onConnected() {
        }

        @Override
        public void onFailed(String reason) {
        }

        @Override
        public void onPacket(byte[] buf, int off, int len) {
        }
    };

    @Test
    void anEphemeralPortIsBoundAndAnnouncedInHostCandidatesOfEachAddress() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        InetAddress documentation = InetAddress.getByName("192.0.2.10");
        long start = System.nanoTime();
        try (MediaPort port = MediaPort.open(loopback, 0, List.of(loopback, documentation))) {
            System.out.printf("MediaPort open incl. ICE agent warm-up: %.0f ms%n", (System.nanoTime() - start) / 1e6);
            assertThat(port.port()).isBetween(1, 65535);
            try (IceSession a = port.createSession(IGNORE); IceSession b = port.createSession(IGNORE)) {
                assertThat(a.localCandidates()).containsExactly(
                        "candidate:1 1 udp 2130706431 127.0.0.1 " + port.port() + " typ host",
                        "candidate:2 1 udp 2130706175 192.0.2.10 " + port.port() + " typ host");
                assertThat(a.localUfrag()).isNotEqualTo(b.localUfrag());
                assertThat(a.localPassword()).hasSizeGreaterThanOrEqualTo(22);
                assertThat(a.send(new byte[10], 0, 10)).isFalse();
            }
        }
    }

    @Test
    void startNeedsTheRemoteCredentialsAndCandidatesMayComeFirst() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (MediaPort port = MediaPort.open(loopback, 0, List.of(loopback));
             IceSession session = port.createSession(IGNORE)) {
            assertThat(session.addRemoteCandidate("candidate:1 1 udp 2122260223 127.0.0.1 40000 typ host")).isTrue();
            assertThatThrownBy(session::start).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> session.setRemote("", "pwd", List.of())).isInstanceOf(IllegalArgumentException.class);
            session.setRemote("abcd", "0123456789012345678901", List.of());
            session.start();
            assertThat(session.isConnected()).isFalse();
        }
    }

    @Test
    void aCheckFromANewAddressIsAnsweredOnlyWhenSignedWithTheSessionsPassword() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (MediaPort port = MediaPort.open(loopback, 0, List.of(loopback));
             IceSession session = port.createSession(IGNORE);
             DatagramSocket client = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            session.setRemote("peer", "0123456789012345678901", List.of());
            session.start();
            client.setSoTimeout(1000);
            InetSocketAddress sfu = new InetSocketAddress(loopback, port.port());
            String username = session.localUfrag() + ":peer";

            byte[] forged = StunCheck.bindingRequest(username,
                    "a guessed password 0000".getBytes(StandardCharsets.US_ASCII), new byte[12]);
            client.send(new DatagramPacket(forged, forged.length, sfu));
            DatagramPacket answer = new DatagramPacket(new byte[1500], 1500);
            assertThatThrownBy(() -> client.receive(answer)).isInstanceOf(SocketTimeoutException.class);
            assertThat(port.rejectedChecks()).isEqualTo(1);

            byte[] id = new byte[12];
            Arrays.fill(id, (byte) 7);
            byte[] signed = StunCheck.bindingRequest(username,
                    session.localPassword().getBytes(StandardCharsets.US_ASCII), id);
            client.send(new DatagramPacket(signed, signed.length, sfu));
            client.receive(answer);
            byte[] response = Arrays.copyOf(answer.getData(), answer.getLength());
            assertThat(((response[0] & 0xff) << 8) | (response[1] & 0xff)).as("Binding success response").isEqualTo(0x0101);
            assertThat(Arrays.copyOfRange(response, 8, 20)).isEqualTo(id);
            assertThat(port.rejectedChecks()).isEqualTo(1);
        }
    }
}
