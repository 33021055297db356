package org.vtp.client.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.client.e2e.Await;
import org.vtp.client.link.JoinLink;
import org.vtp.client.signalling.Admission;
import org.vtp.client.tls.CertificatePin;
import org.vtp.client.signalling.SignallingClient;
import org.vtp.client.signalling.SignallingException;

/**
 * A hosted class on loopback serves page, REST and Socket.IO over TLS with its kept certificate,
 * reachable by clients that pin the link's fingerprint and by nobody else; plain HTTP answers on
 * 127.0.0.1 only, on its own port.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostedClassHttpsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String WRONG_PIN = "00".repeat(32);

    @TempDir
    static Path dataDir;

    private HostedClass hosted;
    private JoinLink link;
    private OkHttpClient pinned;
    private SignallingClient signalling;

    @BeforeAll
    void host() throws Exception {
        hosted = ClassHost.start(HostOptions.loopback("maths", dataDir));
        link = hosted.joinLink();
        pinned = CertificatePin.sha256(link.fingerprintSha256().orElseThrow()).applyTo(new OkHttpClient.Builder()).build();
    }

    @Test
    void theJoinLinkPinsTheServedCertificateOnTheLoopbackAddress() {
        assertThat(link.origin().toString()).matches("https://127\\.0\\.0\\.1:\\d+");
        assertThat(link.room()).isEqualTo(hosted.code());
        assertThat(hosted.className()).isEqualTo("maths");
        assertThat(link.fingerprintSha256()).contains(hosted.tls().fingerprintSha256());
        assertThat(hosted.localBrowserUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/join/" + hosted.code());
        assertThat(hosted.localBrowserUri().getPort()).isNotEqualTo(link.origin().getPort());
    }

    @Test
    void healthAndTheJoinPageAnswerOverHttpsForAPinnedClient() throws Exception {
        assertThat(get(pinned, link.origin() + "/health")).contains("\"ok\"");
        assertThat(get(pinned, link.pageUri().toString())).contains("<html");
        assertThat(get(pinned, link.origin() + "/static/socket.io.min.js")).isNotEmpty();
    }

    @Test
    void aGuestTokenFromTheLinkAdmitsToTheClassOverPinnedWss() throws Exception {
        Admission guest = Admission.asGuest(link, "Ann", WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        signalling = SignallingClient.connect(link, guest.token(), WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        JSONObject joined = signalling.request("join-room", new JSONObject().put("roomId", guest.roomId()),
                WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(guest.roomId()).isEqualTo(hosted.roomId());
        assertThat(guest.className()).isEqualTo("maths");
        assertThat(joined.getString("displayName")).isEqualTo("Ann");
        assertThat(joined.getString("role")).isEqualTo("guest");
        assertThat(joined.getBoolean("moderator")).isFalse();
    }

    @Test
    void theHostsOwnTokenJoinsAsTheModeratingOwner() throws Exception {
        signalling = SignallingClient.connect(link, hosted.ownerToken(), WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        JSONObject joined = signalling.request("join-room", new JSONObject().put("roomId", hosted.roomId()),
                WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(joined.getString("role")).isEqualTo("admin");
        assertThat(joined.getBoolean("moderator")).isTrue();
    }

    @Test
    void everyOwnerAdmissionIsMintedAfreshAndJoinsTheNamedClassAsItsOwner() throws Exception {
        Admission first = hosted.ownerAdmissions().admit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Admission second = hosted.ownerAdmissions().admit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        signalling = SignallingClient.connect(link, second.token(), WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        JSONObject joined = signalling.request("join-room", new JSONObject().put("roomId", second.roomId()),
                WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(first.roomId()).isEqualTo(hosted.roomId());
        assertThat(first.className()).isEqualTo("maths");
        assertThat(joined.getString("roomName")).isEqualTo("maths");
        assertThat(joined.getBoolean("moderator")).isTrue();
    }

    @Test
    void aStoppedClassAdmitsNoOwner(@TempDir Path other) throws Exception {
        HostedClass stopped = ClassHost.start(HostOptions.loopback("gone", other));
        stopped.stop();

        assertThatThrownBy(() -> stopped.ownerAdmissions().admit().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .hasCauseInstanceOf(SignallingException.class).hasMessageContaining("NOT_FOUND");
    }

    @Test
    void withoutATokenNobodyJoins() throws Exception {
        signalling = SignallingClient.connect(link.origin(), CertificatePin.sha256(link.fingerprintSha256().get()),
                Map.of(), WAIT).handle((client, error) -> client).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (signalling != null) {
            assertThatThrownBy(() -> signalling.request("join-room", new JSONObject().put("roomId", hosted.roomId()),
                    WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS)).hasMessageContaining("UNAUTHENTICATED");
        }
    }

    @Test
    void anUnknownCodeGetsNoGuestToken() {
        JoinLink unknown = JoinLink.of(link.origin(), "no-such-class", link.fingerprintSha256().orElseThrow());

        assertThatThrownBy(() -> Admission.asGuest(unknown, "Ann", WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .hasCauseInstanceOf(SignallingException.class).hasMessageContaining("NOT_FOUND");
    }

    @Test
    void aWrongPinIsRefusedForRestAndForSignalling() {
        OkHttpClient wrong = CertificatePin.sha256(WRONG_PIN).applyTo(new OkHttpClient.Builder()).build();

        assertThatThrownBy(() -> get(wrong, link.origin() + "/health")).isInstanceOf(SSLException.class);
        assertThatThrownBy(() -> SignallingClient.connect(link.origin(), CertificatePin.sha256(WRONG_PIN), Map.of(), WAIT)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SignallingException.class);
    }

    @Test
    void aClientTrustingOnlyCertificateAuthoritiesRefusesTheSelfSignedCertificate() {
        OkHttpClient ordinary = new OkHttpClient.Builder().build();

        assertThatThrownBy(() -> get(ordinary, link.origin() + "/health")).isInstanceOf(SSLException.class);
    }

    @Test
    void plainHttpAnswersOnTheLoopbackListenerAndNotOnTheHttpsPort() throws Exception {
        OkHttpClient plain = new OkHttpClient.Builder().build();

        assertThat(get(plain, hosted.localBrowserUri().resolve("/health").toString())).contains("\"ok\"");
        assertThatThrownBy(() -> get(plain, "http://127.0.0.1:" + link.origin().getPort() + "/health"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aRestartReusesTheCertificateSoOldLinksStayValidAndStoppingDisconnectsEveryone(@TempDir Path other)
            throws Exception {
        HostedClass first = ClassHost.start(HostOptions.loopback("restart", other));
        String before = first.tls().fingerprintSha256();
        first.stop();
        try (HostedClass again = ClassHost.start(HostOptions.loopback("restart", other))) {
            assertThat(again.joinLink().room()).isEqualTo(first.joinLink().room());
            assertThat(again.joinLink().fingerprintSha256()).isEqualTo(first.joinLink().fingerprintSha256());
            Admission guest = Admission.asGuest(again.joinLink(), "Bo", WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            signalling = SignallingClient.connect(again.joinLink(), guest.token(), WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(signalling.request("join-room", new JSONObject().put("roomId", guest.roomId()), WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS).getString("peerId")).isNotBlank();

            again.stop();

            Await.until(WAIT, "the participant is disconnected", () -> !signalling.connected());
            assertThat(again.isStopped()).isTrue();
        }
    }

    private static String get(OkHttpClient client, String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(response.code()).as(url).isEqualTo(200);
            return response.body().string();
        }
    }

    @AfterEach
    void disconnect() {
        if (signalling != null) {
            signalling.close();
            signalling = null;
        }
    }

    @AfterAll
    void stop() {
        if (pinned != null) {
            pinned.dispatcher().executorService().shutdown();
        }
        if (hosted != null) {
            hosted.stop();
        }
    }
}
