package org.vtp.client.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The one trust decision of every HTTPS connection the app opens (REST calls, the Socket.IO
 * websocket, the server probe): with a {@link CertificatePin}, exactly that certificate and no host
 * name check (the pin names the server, which is reached by a LAN address that may have changed);
 * without, the JVM's certificate authorities and OkHttp's host name check (RFC 6125).
 *
 * <p>Refusals say why, as the cause of the handshake failure: {@link UntrustedCertificateException}
 * when no authority vouches for an unpinned server, {@link CertificateChangedException} when a pinned
 * server shows another certificate. Both carry the presented certificate, so a caller can offer to
 * trust it; nothing is ever sent over the refused connection.
 */
public final class ServerTrust {
    private final CertificatePin pin;

    private ServerTrust(CertificatePin pin) {
        this.pin = pin;
    }

    /** Trusts only the certificate with this SHA-256. */
    public static ServerTrust pinned(CertificatePin pin) {
        return new ServerTrust(pin);
    }

    /** Trusts what the JVM's certificate authorities vouch for. */
    public static ServerTrust authorities() {
        return new ServerTrust(null);
    }

    /** {@link #pinned} when a SHA-256 (64 hex digits) is given, else {@link #authorities}. */
    public static ServerTrust of(Optional<String> pinSha256) {
        return pinSha256.map(CertificatePin::sha256).map(ServerTrust::pinned).orElseGet(ServerTrust::authorities);
    }

    /** Checks server certificates as described above; trusts no client certificates. */
    public X509TrustManager trustManager() {
        return pin != null ? new Pinned(pin) : new Authorities(JvmAuthorities.TRUST);
    }

    /** Makes {@code builder}'s clients decide trust as described above. */
    public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        X509TrustManager trust = trustManager();
        builder.sslSocketFactory(sslContext(trust).getSocketFactory(), trust);
        return pin != null ? builder.hostnameVerifier((hostname, session) -> true) : builder;
    }

    private static SSLContext sslContext(X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS context", e);
        }
    }

    private static X509Certificate leaf(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        return chain[0];
    }

    /** Accepts the pinned leaf certificate while it is valid, whatever its issuer. */
    private record Pinned(CertificatePin pin) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            X509Certificate leaf = leaf(chain);
            if (!pin.matches(leaf)) {
                throw new CertificateChangedException(pin.hex(), PresentedCertificate.of(leaf));
            }
            leaf.checkValidity();
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the app trusts no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** The JVM's default trust manager, naming the refused certificate when it refuses. */
    private record Authorities(X509TrustManager jvm) implements X509TrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            X509Certificate leaf = leaf(chain);
            try {
                jvm.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw new UntrustedCertificateException(PresentedCertificate.of(leaf), e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the app trusts no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return jvm.getAcceptedIssuers();
        }
    }

    /** The JVM's default trust manager, loaded once (reading the CA store takes tens of ms). */
    private static final class JvmAuthorities {
        static final X509TrustManager TRUST = load();

        private static X509TrustManager load() {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
                return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                        .map(X509TrustManager.class::cast).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the JVM has no X.509 trust manager"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JVM's trust store cannot be read", e);
            }
        }
    }
}
