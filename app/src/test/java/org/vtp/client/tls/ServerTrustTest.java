package org.vtp.client.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.tls.TlsIdentity;
import org.vtp.server.tls.TlsIdentityStore;

class ServerTrustTest {
    private static final String SUITE = "ECDHE_ECDSA";

    @TempDir
    Path dir;
    private TlsIdentity host;
    private TlsIdentity other;

    @BeforeEach
    void certificates() throws Exception {
        host = TlsIdentityStore.in(dir.resolve("a")).loadOrCreate(List.of(InetAddress.getLoopbackAddress()));
        other = TlsIdentityStore.in(dir.resolve("b")).loadOrCreate(List.of(InetAddress.getLoopbackAddress()));
    }

    @Test
    void aPinnedServerIsTrustedWithItsOwnCertificateOnly() throws Exception {
        var trust = ServerTrust.of(Optional.of(host.fingerprintSha256())).trustManager();

        trust.checkServerTrusted(chain(host), SUITE);
        assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[0], SUITE))
                .isInstanceOf(CertificateException.class);
        assertThatThrownBy(() -> trust.checkClientTrusted(chain(host), SUITE)).isInstanceOf(CertificateException.class);
    }

    @Test
    void aPinnedServerShowingAnotherCertificateIsRefusedAsChangedNamingBoth() {
        var trust = ServerTrust.pinned(CertificatePin.sha256(host.fingerprintSha256())).trustManager();

        assertThatThrownBy(() -> trust.checkServerTrusted(chain(other), SUITE))
                .isInstanceOfSatisfying(CertificateChangedException.class, changed -> {
                    assertThat(changed.pinnedSha256()).isEqualTo(host.fingerprintSha256());
                    assertThat(changed.presented().sha256Hex()).isEqualTo(other.fingerprintSha256());
                });
    }

    @Test
    void aSelfSignedCertificateWithoutPinIsRefusedAsUntrustedNamingIt() {
        var trust = ServerTrust.authorities().trustManager();

        assertThatThrownBy(() -> trust.checkServerTrusted(chain(host), SUITE))
                .isInstanceOfSatisfying(UntrustedCertificateException.class, untrusted -> {
                    assertThat(untrusted.presented().sha256Hex()).isEqualTo(host.fingerprintSha256());
                    assertThat(untrusted.presented().shortForm()).matches("[0-9A-F]{4}( [0-9A-F]{4}){3}");
                });
        assertThat(trust.getAcceptedIssuers()).as("the JVM's authorities").isNotEmpty();
    }

    private static X509Certificate[] chain(TlsIdentity identity) {
        return new X509Certificate[] {identity.certificate()};
    }
}
