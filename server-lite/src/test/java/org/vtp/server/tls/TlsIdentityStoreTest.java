package org.vtp.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TlsIdentityStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private final InetAddress lan = address("192.168.1.20");

    @Test
    void createsAnEcdsaP256LeafCertificateNamingTheAddressesAndLocalhostForAboutAYear() throws Exception {
        X509Certificate cert = store(NOW).loadOrCreate(List.of(lan)).certificate();

        assertThat(cert.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(((ECPublicKey) cert.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(cert.getSigAlgName()).isEqualToIgnoringCase("SHA256withECDSA");
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(cert.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(2, "localhost"), List.of(7, "192.168.1.20"), List.of(7, "127.0.0.1"),
                List.of(7, "0:0:0:0:0:0:0:1"));
        assertThat(Duration.between(NOW, cert.getNotAfter().toInstant())).isEqualTo(TlsIdentityStore.VALIDITY);
        assertThat(cert.getNotBefore().toInstant()).isBefore(NOW);
        cert.verify(cert.getPublicKey());
    }

    @Test
    void keepsTheKeyStoreAndItsPasswordReadableByTheOwnerOnly() throws Exception {
        store(NOW).loadOrCreate(List.of(lan));

        for (String file : List.of(TlsIdentityStore.KEY_STORE, TlsIdentityStore.PASSWORD)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        assertThat(Files.readString(dir.resolve(TlsIdentityStore.PASSWORD))).hasSizeGreaterThanOrEqualTo(32);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).hasSize(2);
        }
    }

    @Test
    void reusesTheSameCertificateAfterARestartSoTheFingerprintStaysStable() throws Exception {
        TlsIdentity first = store(NOW).loadOrCreate(List.of(lan));
        TlsIdentity again = store(NOW.plus(Duration.ofDays(100))).loadOrCreate(List.of(lan));

        assertThat(again.fingerprintSha256()).isEqualTo(first.fingerprintSha256());
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(again.keyStorePassword()).isEqualTo(first.keyStorePassword());
    }

    @Test
    void replacesTheCertificateWhenTheAddressesChange() throws Exception {
        TlsIdentity first = store(NOW).loadOrCreate(List.of(lan));
        TlsIdentity moved = store(NOW).loadOrCreate(List.of(address("10.0.0.7")));

        assertThat(moved.fingerprintSha256()).isNotEqualTo(first.fingerprintSha256());
        assertThat(TlsIdentityStore.ipAddresses(moved.certificate())).contains(address("10.0.0.7"))
                .doesNotContain(lan);
    }

    @Test
    void replacesTheCertificateShortlyBeforeItExpires() throws Exception {
        TlsIdentity first = store(NOW).loadOrCreate(List.of(lan));
        Instant late = NOW.plus(TlsIdentityStore.VALIDITY).minus(TlsIdentityStore.RENEW_BEFORE).plusSeconds(1);

        assertThat(store(late).loadOrCreate(List.of(lan)).fingerprintSha256()).isNotEqualTo(first.fingerprintSha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "\u0000\u0001\u0002"})
    void replacesAGarbledKeyStore(String content) throws Exception {
        TlsIdentity first = store(NOW).loadOrCreate(List.of(lan));
        Files.writeString(dir.resolve(TlsIdentityStore.KEY_STORE), content);

        TlsIdentity replaced = store(NOW).loadOrCreate(List.of(lan));
        assertThat(replaced.fingerprintSha256()).isNotEqualTo(first.fingerprintSha256());
        assertThat(store(NOW).loadOrCreate(List.of(lan)).fingerprintSha256()).isEqualTo(replaced.fingerprintSha256());
    }

    @Test
    void replacesTheCertificateWhenThePasswordFileIsWrongOrMissing() throws Exception {
        TlsIdentity first = store(NOW).loadOrCreate(List.of(lan));
        Files.writeString(dir.resolve(TlsIdentityStore.PASSWORD), "not-the-password");
        TlsIdentity second = store(NOW).loadOrCreate(List.of(lan));
        Files.delete(dir.resolve(TlsIdentityStore.PASSWORD));
        TlsIdentity third = store(NOW).loadOrCreate(List.of(lan));

        assertThat(List.of(first, second, third)).extracting(TlsIdentity::fingerprintSha256).doesNotHaveDuplicates();
    }

    @Test
    void theFingerprintIsTheSha256OfTheDerCertificate() throws Exception {
        TlsIdentity identity = store(NOW).loadOrCreate(List.of(lan));
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(identity.certificate().getEncoded()));

        assertThat(identity.fingerprintSha256()).isEqualTo(expected).matches(Fingerprints.SHA256_HEX);
        assertThat(identity.fingerprintForDisplay()).hasSize(95)
                .isEqualTo(expected.toUpperCase().replaceAll("(..)(?!$)", "$1:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "ZZ", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeF"})
    void displayFormattingRefusesWhatIsNotALowerCaseSha256(String bad) {
        assertThatThrownBy(() -> Fingerprints.forDisplay(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopeIdsAndDuplicatesAreDroppedFromTheNamedAddresses() throws Exception {
        InetAddress loopback = address("127.0.0.1");

        assertThat(TlsIdentityStore.subjectAddresses(List.of(lan, loopback, lan)))
                .containsExactly(lan, loopback, address("::1"));
    }

    private TlsIdentityStore store(Instant now) {
        return new TlsIdentityStore(dir, Clock.fixed(now, ZoneOffset.UTC), new SecureRandom());
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
