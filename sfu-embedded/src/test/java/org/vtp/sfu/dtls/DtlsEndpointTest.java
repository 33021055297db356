package org.vtp.sfu.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpProfile;

class DtlsEndpointTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static DtlsCertificate serverCertificate;
    private static DtlsCertificate clientCertificate;
    private static ExecutorService executor;

    @BeforeAll
    static void setUp() {
        serverCertificate = DtlsCertificate.generate(Instant.now());
        clientCertificate = DtlsCertificate.generate(Instant.now());
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void tearDown() {
        executor.shutdownNow();
    }

    /** Outcome of one side: keys, or the failure reason. */
    private static final class Outcome implements DtlsEndpoint.Listener {
        final CompletableFuture<SrtpKeyMaterial> keys = new CompletableFuture<>();

        @Override
        public void onHandshakeComplete(SrtpKeyMaterial material) {
            keys.complete(material);
        }

        @Override
        public void onHandshakeFailed(String reason) {
            keys.completeExceptionally(new IllegalStateException(reason));
        }
    }

    /** Two endpoints wired back to back in memory; [0] server, [1] client. */
    private static DtlsEndpoint[] pair(String fingerprintServerExpects, String fingerprintClientExpects,
                                       Outcome serverOutcome, Outcome clientOutcome, Duration timeout) {
        DtlsEndpoint[] ends = new DtlsEndpoint[2];
        ends[0] = new DtlsEndpoint(DtlsEndpoint.Role.SERVER, serverCertificate, fingerprintServerExpects,
                (b, o, l) -> ends[1].receive(b, o, l), executor, timeout, System::nanoTime, serverOutcome);
        ends[1] = new DtlsEndpoint(DtlsEndpoint.Role.CLIENT, clientCertificate, fingerprintClientExpects,
                (b, o, l) -> ends[0].receive(b, o, l), executor, timeout, System::nanoTime, clientOutcome);
        return ends;
    }

    @Test
    void warmUpCompletesAnInMemoryHandshake() {
        long start = System.nanoTime();
        assertThat(DtlsEndpoint.warmUp(serverCertificate, executor, TIMEOUT)).isTrue();
        System.out.printf("DTLS warm-up took %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @Test
    void certificateFingerprintIsUpperCaseSha256HexWithColons() {
        assertThat(serverCertificate.fingerprint()).matches("sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(Fingerprint.matches(serverCertificate.fingerprint().toLowerCase(), serverCertificate.der())).isTrue();
        assertThat(Fingerprint.matches(clientCertificate.fingerprint(), serverCertificate.der())).isFalse();
        assertThat(Fingerprint.matches("sha-256", serverCertificate.der())).isFalse();
        assertThat(Fingerprint.matches("md5 AA:BB", serverCertificate.der())).isFalse();
    }

    @Test
    void serverAndClientAgreeOnAesGcmKeysBackToBack() throws Exception {
        Outcome server = new Outcome();
        Outcome client = new Outcome();
        DtlsEndpoint[] ends = pair(clientCertificate.fingerprint(), serverCertificate.fingerprint(), server, client, TIMEOUT);
        long start = System.nanoTime();
        ends[0].start();
        ends[1].start();
        SrtpKeyMaterial serverKeys = server.keys.get(5, TimeUnit.SECONDS);
        SrtpKeyMaterial clientKeys = client.keys.get(5, TimeUnit.SECONDS);
        System.out.printf("in-memory DTLS handshake took %.1f ms%n", (System.nanoTime() - start) / 1e6);

        assertThat(serverKeys.profile()).isEqualTo(SrtpProfile.AEAD_AES_128_GCM);
        assertThat(clientKeys.profile()).isEqualTo(SrtpProfile.AEAD_AES_128_GCM);
        assertThat(serverKeys.localKey()).isEqualTo(clientKeys.remoteKey());
        assertThat(serverKeys.localSalt()).isEqualTo(clientKeys.remoteSalt());
        assertThat(serverKeys.remoteKey()).isEqualTo(clientKeys.localKey());
        assertThat(serverKeys.remoteSalt()).isEqualTo(clientKeys.localSalt());
        assertThat(serverKeys.localKey()).isNotEqualTo(serverKeys.remoteKey());
        assertThat(ends[0].isEstablished()).isTrue();
        ends[1].close();
        ends[0].close();
    }

    @Test
    void serverRefusesAClientWhoseCertificateDoesNotMatchTheSdpFingerprint() {
        Outcome server = new Outcome();
        Outcome client = new Outcome();
        DtlsEndpoint[] ends = pair(serverCertificate.fingerprint(), serverCertificate.fingerprint(), server, client, TIMEOUT);
        ends[0].start();
        ends[1].start();
        assertFails(server, "handshake failed");
        assertFails(client, "bad_certificate");
        assertThat(ends[0].isEstablished()).isFalse();
    }

    @Test
    void clientRefusesAServerWhoseCertificateDoesNotMatchTheSdpFingerprint() {
        Outcome server = new Outcome();
        Outcome client = new Outcome();
        DtlsEndpoint[] ends = pair(clientCertificate.fingerprint(), clientCertificate.fingerprint(), server, client, TIMEOUT);
        ends[0].start();
        ends[1].start();
        assertFails(client, "handshake failed");
        assertFails(server, "bad_certificate");
    }

    @Test
    void aServerThatHearsNothingFailsAtTheHandshakeTimeout() {
        Outcome server = new Outcome();
        DtlsEndpoint lonely = new DtlsEndpoint(DtlsEndpoint.Role.SERVER, serverCertificate, clientCertificate.fingerprint(),
                (b, o, l) -> { }, executor, Duration.ofMillis(300), System::nanoTime, server);
        lonely.start();
        assertFails(server, "handshake failed");
        lonely.close();
    }

    @Test
    void garbageRecordsDoNotBreakAHandshake() throws Exception {
        Outcome server = new Outcome();
        Outcome client = new Outcome();
        DtlsEndpoint[] ends = pair(clientCertificate.fingerprint(), serverCertificate.fingerprint(), server, client, TIMEOUT);
        ends[0].start();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 20; i++) {
            byte[] junk = new byte[random.nextInt(300) + 1];
            random.nextBytes(junk);
            junk[0] = 22;
            ends[0].receive(junk, 0, junk.length);
        }
        ends[1].start();
        assertThat(server.keys.get(5, TimeUnit.SECONDS).profile()).isEqualTo(SrtpProfile.AEAD_AES_128_GCM);
        assertThat(client.keys.get(5, TimeUnit.SECONDS)).isNotNull();
        ends[0].close();
        ends[1].close();
    }

    private static void assertFails(Outcome outcome, String reasonPart) {
        assertThat(outcome.keys).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withMessageContaining(reasonPart);
    }
}
