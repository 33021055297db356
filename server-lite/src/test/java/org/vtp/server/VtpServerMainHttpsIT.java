package org.vtp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.tls.TlsIdentityStore;
import picocli.CommandLine;

/** {@code vtp-server --https} in-process with a fake SFU: pinned link printed, HTTPS served, plain HTTP on loopback. */
class VtpServerMainHttpsIT {
    private static final Pattern LINK = Pattern.compile(
            "Join link: https://127\\.0\\.0\\.1:(\\d+)/join/([a-z0-9-]+)#fp=([0-9a-f]{64})");

    @TempDir
    Path dataDir;

    @Test
    void servesHttpsWithTheKeptCertificateAndPlainHttpOnLoopback() throws Exception {
        StringWriter out = new StringWriter();
        VtpServerMain main = new VtpServerMain(config -> new FakeRouterFactory(), new PrintWriter(out));

        int code = new CommandLine(main).execute("--https", "--port", "0", "--local-http-port", "0", "--media-port", "0",
                "--bind", "127.0.0.1", "--public-address", "127.0.0.1", "--data-dir", dataDir.toString(),
                "--host-class", "Chemistry");

        try (VtpServerMain.Running running = main.running()) {
            assertThat(code).isZero();
            Matcher link = LINK.matcher(out.toString());
            assertThat(link.find()).as(out.toString()).isTrue();
            String fingerprint = link.group(3);
            String joinCode = link.group(2);
            assertThat(fingerprint).isEqualTo(running.server().tlsIdentity().orElseThrow().fingerprintSha256());
            assertThat(out.toString()).contains("Certificate SHA-256: " + fingerprint.substring(0, 2).toUpperCase() + ":");
            assertThat(Files.exists(dataDir.resolve("tls").resolve(TlsIdentityStore.KEY_STORE))).isTrue();
            URI https = URI.create("https://127.0.0.1:" + link.group(1) + "/health");

            assertThat(get(pinnedTo(fingerprint), https)).isEqualTo(200);
            assertThatThrownBy(() -> get(pinnedTo("00".repeat(32)), https)).isInstanceOf(SSLHandshakeException.class);
            assertThatThrownBy(() -> get(HttpClient.newHttpClient(), https)).isInstanceOf(SSLHandshakeException.class);
            URI plain = running.server().localPlainUri().orElseThrow();
            assertThat(plain.getHost()).isEqualTo("127.0.0.1");
            assertThat(out.toString()).contains("http://localhost:" + plain.getPort() + "/join/" + joinCode);
            assertThat(get(HttpClient.newHttpClient(), plain.resolve("/health"))).isEqualTo(200);
        }
    }

    @Test
    void withoutHttpsTheServerStaysPlainAndHasNoCertificate() throws Exception {
        VtpServerMain main = new VtpServerMain(config -> new FakeRouterFactory(), new PrintWriter(new StringWriter()));

        new CommandLine(main).execute("--port", "0", "--media-port", "0", "--bind", "127.0.0.1",
                "--public-address", "127.0.0.1", "--data-dir", dataDir.toString());

        try (VtpServerMain.Running running = main.running()) {
            assertThat(running.server().tlsIdentity()).isEmpty();
            assertThat(running.server().localPlainUri()).isEmpty();
            assertThat(running.server().localUri().getScheme()).isEqualTo("http");
            assertThat(Files.exists(dataDir.resolve("tls"))).isFalse();
        }
    }

    private static int get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A client trusting exactly the certificate whose DER has this SHA-256 (what the app does). */
    private static HttpClient pinnedTo(String sha256Hex) throws Exception {
        X509TrustManager pin = new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    String actual = HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
                    if (!actual.equals(sha256Hex)) {
                        throw new CertificateException("pin mismatch");
                    }
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new CertificateException(e);
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("no client certificates");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {pin}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(context).build();
    }
}
