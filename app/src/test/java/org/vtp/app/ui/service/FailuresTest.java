package org.vtp.app.ui.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vtp.client.signalling.SignallingException;
import org.vtp.client.tls.CertificateChangedException;
import org.vtp.client.tls.PresentedCertificate;
import org.vtp.client.tls.UntrustedCertificateException;

class FailuresTest {
    private static final URI SERVER = URI.create("https://192.168.1.20:8443");
    private static final PresentedCertificate CERT = new PresentedCertificate("3f2a91c077de4b18" + "0".repeat(48));

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(unreachable(new ConnectException("Failed to connect to /192.168.1.20:8443")),
                        "No VTP server answers at 192.168.1.20:8443 — is the class running?"),
                Arguments.of(unreachable(new UnknownHostException("nosuch.school: Name or service not known")),
                        "No computer called “192.168.1.20” was found — check the server address."),
                Arguments.of(new UnknownHostException("nosuch.school"),
                        "No computer called “nosuch.school” was found — check the server address."),
                Arguments.of(unreachable(new SocketTimeoutException("connect timed out")),
                        "192.168.1.20:8443 did not answer in time — check the network and that the class is running."),
                Arguments.of(unreachable(new InterruptedIOException("timeout")),
                        "192.168.1.20:8443 did not answer in time — check the network and that the class is running."),
                Arguments.of(new CompletionException(new TimeoutException()),
                        "the server did not answer in time — check the network and that the class is running."),
                Arguments.of(new SignallingException(SignallingException.TIMEOUT, "join-room not acknowledged", SERVER, null),
                        "192.168.1.20:8443 did not answer in time — check the network and that the class is running."),
                Arguments.of(unreachable(handshake(new CertificateChangedException("ab".repeat(32), CERT))),
                        "The certificate of 192.168.1.20:8443 has changed since you trusted it — it may not be your "
                                + "class's server. Ask your teacher for the new code before you trust it."),
                Arguments.of(unreachable(handshake(new UntrustedCertificateException(CERT, null))),
                        "192.168.1.20:8443 shows a certificate that nobody vouches for — join again to compare its "
                                + "code with the one your teacher shows."),
                Arguments.of(unreachable(new SSLException("Unsupported or unrecognized SSL message")),
                        "192.168.1.20:8443 answers without encryption — use http://192.168.1.20:8443 instead."),
                Arguments.of(unreachable(new SSLHandshakeException("Received fatal alert: handshake_failure")),
                        "Could not open a secure connection to 192.168.1.20:8443 — is it a VTP server?"),
                Arguments.of(unreachable(new IOException("unexpected end of stream")),
                        "The connection to 192.168.1.20:8443 failed — check the network."),
                Arguments.of(new ExecutionException(new SignallingException("HTTP_503", "the server sent no VTP answer",
                                SERVER, null)),
                        "192.168.1.20:8443 had a problem (HTTP 503) — try again in a moment."),
                Arguments.of(new SignallingException("HTTP_404", "the server sent no VTP answer", SERVER, null),
                        "192.168.1.20:8443 answered, but not as a VTP server (HTTP 404) — check the address."),
                Arguments.of(new SignallingException("NOT_FOUND", "no class has this code", SERVER, null),
                        "no class has this code"),
                Arguments.of(new CompletionException(new SignallingException("BAD_CREDENTIALS", "wrong email or password")),
                        "wrong email or password"),
                Arguments.of(new SignallingException(SignallingException.MALFORMED_ACK, "no token", SERVER, null),
                        "192.168.1.20:8443 sent an answer this app does not understand — is it a VTP server of this version?"),
                Arguments.of(new BindException("Address already in use"),
                        "The port is already used by another program — close it or choose another port."),
                Arguments.of(new IllegalStateException("port 8443 is in use"), "port 8443 is in use"),
                Arguments.of(new NullPointerException(), "Something went wrong — the details are in the app's log."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("failures")
    void eachFailureReadsAsASentenceWithoutJavaText(Throwable failure, String expected) {
        String message = Failures.message(failure);

        assertThat(message).isEqualTo(expected);
        assertThat(message).doesNotContain("Exception", "java.", "PKIX", "SSL message");
    }

    private static SignallingException unreachable(Throwable cause) {
        return SignallingException.unreachable(SERVER, cause);
    }

    private static SSLHandshakeException handshake(Throwable trustRefusal) {
        SSLHandshakeException e = new SSLHandshakeException("PKIX path building failed");
        e.initCause(trustRefusal);
        return e;
    }
}
