package org.vtp.client.signalling;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.vtp.client.link.JoinLink;

/** The HTTP client (OkHttp) a join link calls for: pinned to its fingerprint when it has one. */
final class HttpClients {
    private HttpClients() {
    }

    /** @param callTimeout bounds each whole call; null for none (a websocket lives long) */
    static OkHttpClient forLink(JoinLink link, Duration callTimeout) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (callTimeout != null) {
            builder.callTimeout(callTimeout);
        }
        return link.fingerprintSha256().map(CertificatePin::sha256)
                .map(pin -> pin.applyTo(builder)).orElse(builder).build();
    }

    /** Stops the client's threads and idle connections so a JVM can exit. */
    static void release(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
