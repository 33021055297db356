package org.vtp.client.signalling;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Trust in exactly one server certificate, named by the SHA-256 of its DER encoding (the
 * fingerprint a join link carries): the host's self-signed certificate, with no certificate
 * authority involved. The pin replaces both chain validation and hostname verification (RFC 6125
 * name checks protect CA-issued certificates; here the fingerprint itself names the server, which
 * is reached by a LAN address that may have changed since the link was made).
 */
public final class CertificatePin {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final byte[] sha256;

    private CertificatePin(byte[] sha256) {
        this.sha256 = sha256;
    }

    /** @param hex 64 hex digits (either case) */
    public static CertificatePin sha256(String hex) {
        String lower = hex == null ? "" : hex.toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(lower).matches()) {
            throw new IllegalArgumentException("a SHA-256 pin is 64 hex digits");
        }
        return new CertificatePin(HexFormat.of().parseHex(lower));
    }

    /** Whether {@code certificate}'s DER encoding has the pinned SHA-256 (constant-time compare). */
    public boolean matches(X509Certificate certificate) {
        try {
            byte[] actual = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return MessageDigest.isEqual(actual, sha256);
        } catch (NoSuchAlgorithmException | CertificateException e) {
            return false;
        }
    }

    /** Accepts a server whose leaf certificate matches the pin, whatever its issuer; no client trust. */
    public X509TrustManager trustManager() {
        return new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain == null || chain.length == 0 || !matches(chain[0])) {
                    throw new CertificateException("the server's certificate does not match the pinned SHA-256 "
                            + HexFormat.of().formatHex(sha256));
                }
                chain[0].checkValidity();
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("a pinned client trusts no client certificates");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    /** A TLS context that trusts only the pinned certificate. */
    public SSLContext sslContext() {
        return sslContext(trustManager());
    }

    /** Host names are not checked: the pin already identifies the server (see the class comment). */
    public HostnameVerifier hostnameVerifier() {
        return (hostname, session) -> true;
    }

    /** Makes {@code builder}'s clients trust only the pinned certificate. */
    public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        X509TrustManager trust = trustManager();
        return builder.sslSocketFactory(sslContext(trust).getSocketFactory(), trust)
                .hostnameVerifier(hostnameVerifier());
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

    @Override
    public String toString() {
        return "CertificatePin[sha256=" + HexFormat.of().formatHex(sha256) + "]";
    }
}
