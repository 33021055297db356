package org.vtp.client.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.server.tls.TlsIdentity;
import org.vtp.server.tls.TlsIdentityStore;

class CertificatePinTest {
    @TempDir
    Path dir;

    @Test
    void matchesExactlyTheCertificateWithThePinnedSha256InEitherCase() throws Exception {
        TlsIdentity host = TlsIdentityStore.in(dir.resolve("a")).loadOrCreate(List.of(InetAddress.getLoopbackAddress()));
        TlsIdentity other = TlsIdentityStore.in(dir.resolve("b")).loadOrCreate(List.of(InetAddress.getLoopbackAddress()));
        CertificatePin pin = CertificatePin.sha256(host.fingerprintSha256().toUpperCase());

        assertThat(pin.matches(host.certificate())).isTrue();
        assertThat(pin.matches(other.certificate())).isFalse();
        assertThat(pin.hex()).isEqualTo(host.fingerprintSha256());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "zz", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde"})
    void refusesAPinThatIsNotASha256(String bad) {
        assertThatThrownBy(() -> CertificatePin.sha256(bad)).isInstanceOf(IllegalArgumentException.class);
    }
}
