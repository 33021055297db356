package org.vtp.client.signalling;

import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.vtp.client.link.JoinLink;
import org.vtp.client.tls.ServerTrust;

/**
 * The HTTP client (OkHttp) a server is called with: trust decided by {@link ServerTrust}, pinned
 * to the link's fingerprint when it has one. Every REST call and websocket of the app is made by
 * a client from here.
 */
final class HttpClients {
    private HttpClients() {
    }

    /** @param callTimeout bounds each whole call; null for none (a websocket lives long) */
    static OkHttpClient forLink(JoinLink link, Duration callTimeout) {
        return forPin(link.fingerprintSha256(), callTimeout);
    }

    /** @param pinSha256 the server's pinned certificate, if any */
    static OkHttpClient forPin(Optional<String> pinSha256, Duration callTimeout) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (callTimeout != null) {
            builder.callTimeout(callTimeout);
        }
        return ServerTrust.of(pinSha256).applyTo(builder).build();
    }

    /** Stops the client's threads and idle connections so a JVM can exit. */
    static void release(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
