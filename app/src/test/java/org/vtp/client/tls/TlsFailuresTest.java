package org.vtp.client.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TlsFailuresTest {
    private static final PresentedCertificate CERT = new PresentedCertificate("3f2a91c077de4b18" + "0".repeat(48));

    @ParameterizedTest
    @ValueSource(strings = {"Unsupported or unrecognized SSL message", "Unrecognized SSL message, plaintext connection?"})
    void aPlainTextAnswerToTheHelloMeansAnHttpServer(String jdkMessage) {
        assertThat(TlsFailures.plaintextAnswer(new IOException("wrapped", new SSLException(jdkMessage)))).isTrue();
    }

    @Test
    void otherFailuresAreNoReasonToTryPlainHttp() {
        assertThat(TlsFailures.plaintextAnswer(new SSLHandshakeException("Remote host terminated the handshake")))
                .isFalse();
        assertThat(TlsFailures.plaintextAnswer(new ConnectException("Connection refused"))).isFalse();
        assertThat(TlsFailures.plaintextAnswer(new SSLException((String) null))).isFalse();
    }

    @Test
    void findsTheTrustRefusalDeepInTheCauseChain() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new UntrustedCertificateException(CERT, null));
        Throwable wrapped = new CompletionException(new IOException("call failed", handshake));

        assertThat(TlsFailures.untrusted(wrapped)).hasValueSatisfying(e -> assertThat(e.presented()).isEqualTo(CERT));
        assertThat(TlsFailures.changed(wrapped)).isEmpty();
    }
}
