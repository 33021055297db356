package org.vtp.client.signalling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.client.host.ClassHost;
import org.vtp.client.host.HostOptions;
import org.vtp.client.host.HostedClass;
import org.vtp.client.link.JoinLink;
import org.vtp.client.tls.TlsFailures;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/**
 * The probe against real servers on loopback: a hosted class's self-signed HTTPS, the same port
 * with another certificate, a plain-HTTP server, and a closed port. Then REST and Socket.IO with
 * the certificate trusted from the probe.
 */
class ServerProbeIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final ServerProbe probe = new ServerProbe(WAIT);

    @TempDir
    Path dir;

    @Test
    void aSelfSignedServerIsUnknownUntilPinnedAndThenRestAndSocketIoWorkUnderThePin() throws Exception {
        try (HostedClass hosted = ClassHost.start(HostOptions.loopback("Probe class", dir))) {
            URI origin = hosted.joinLink().origin();

            ServerReach first = reach(origin, false, Optional.empty());

            assertThat(first).isInstanceOfSatisfying(ServerReach.UnknownCertificate.class, unknown -> {
                assertThat(unknown.origin()).isEqualTo(origin);
                assertThat(unknown.presented().sha256Hex()).isEqualTo(hosted.tls().fingerprintSha256());
            });
            String pin = ((ServerReach.UnknownCertificate) first).presented().sha256Hex();
            assertThat(reach(origin, false, Optional.of(pin))).isEqualTo(new ServerReach.Reachable(origin, Optional.of(pin)));

            JoinLink unpinned = JoinLink.of(origin, hosted.code(), null);
            assertThatThrownBy(() -> Admission.asGuest(unpinned, "Ada", WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .satisfies(e -> assertThat(TlsFailures.untrusted(e)).isPresent());
            JoinLink pinned = JoinLink.of(origin, hosted.code(), pin);
            Admission admission = Admission.asGuest(pinned, "Ada", WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            try (SignallingClient signalling = SignallingClient.connect(pinned, admission.token(), WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                assertThat(signalling.connected()).isTrue();
            }
        }
    }

    @Test
    void theSamePortWithAnotherCertificateIsReportedAsChangedNeverReachable() throws Exception {
        int port;
        String firstPin;
        try (HostedClass first = ClassHost.start(HostOptions.loopback("Probe class", dir.resolve("a")))) {
            port = first.httpsPort();
            firstPin = first.tls().fingerprintSha256();
        }
        HostOptions samePort = new HostOptions("Probe class", InetAddress.getLoopbackAddress(),
                List.of(InetAddress.getLoopbackAddress()), port, 0, 0, dir.resolve("b"));
        try (HostedClass impostor = ClassHost.start(samePort)) {
            URI origin = impostor.joinLink().origin();

            ServerReach reach = reach(origin, false, Optional.of(firstPin));

            assertThat(reach).isInstanceOfSatisfying(ServerReach.ChangedCertificate.class, changed -> {
                assertThat(changed.pinnedSha256()).isEqualTo(firstPin);
                assertThat(changed.presented().sha256Hex()).isEqualTo(impostor.tls().fingerprintSha256());
            });
            JoinLink oldPin = JoinLink.of(origin, impostor.code(), firstPin);
            assertThatThrownBy(() -> Admission.asGuest(oldPin, "Ada", WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .satisfies(e -> assertThat(TlsFailures.changed(e)).isPresent());
        }
    }

    @Test
    void aBareAddressOfAPlainHttpServerIsReachedOverHttpButAnExplicitHttpsIsNot() throws Exception {
        ServerConfig config = ServerConfig.loopback(dir);
        try (Sfu sfu = Sfu.start(config.sfuConfig()); VtpServer server = VtpServer.startSecured(config, sfu)) {
            URI plain = URI.create("http://127.0.0.1:" + server.httpPort());
            URI guessed = URI.create("https://127.0.0.1:" + server.httpPort());

            assertThat(reach(guessed, false, Optional.empty())).isEqualTo(new ServerReach.Reachable(plain, Optional.empty()));
            assertThatThrownBy(() -> reach(guessed, true, Optional.empty()))
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(e -> assertThat(TlsFailures.plaintextAnswer(e)).isTrue());
        }
    }

    @Test
    void aClosedPortIsUnreachableWithTheRefusalAsCause() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        URI origin = URI.create("https://127.0.0.1:" + closed);

        assertThatThrownBy(() -> reach(origin, false, Optional.empty()))
                .hasCauseInstanceOf(SignallingException.class)
                .satisfies(e -> {
                    SignallingException unreachable = (SignallingException) e.getCause();
                    assertThat(unreachable.server()).contains(origin);
                    assertThat(TlsFailures.causeOf(e, ConnectException.class)).isPresent();
                });
    }

    private ServerReach reach(URI origin, boolean schemeGiven, Optional<String> pin) throws Exception {
        return probe.reach(origin, schemeGiven, pin).get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
    }
}
