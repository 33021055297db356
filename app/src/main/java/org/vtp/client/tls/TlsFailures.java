package org.vtp.client.tls;

import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Reads why a connection failed from an exception's cause chain (OkHttp and Socket.IO wrap the
 * handshake failure, which wraps the trust manager's refusal).
 */
public final class TlsFailures {
    private static final int MAX_DEPTH = 16;

    private TlsFailures() {
    }

    /** The first exception of {@code type} in {@code error}'s cause chain, {@code error} included. */
    public static <T extends Throwable> Optional<T> causeOf(Throwable error, Class<T> type) {
        Throwable e = error;
        for (int depth = 0; e != null && depth < MAX_DEPTH; depth++, e = e.getCause()) {
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }

    public static Optional<UntrustedCertificateException> untrusted(Throwable error) {
        return causeOf(error, UntrustedCertificateException.class);
    }

    public static Optional<CertificateChangedException> changed(Throwable error) {
        return causeOf(error, CertificateChangedException.class);
    }

    /**
     * Whether the server answered the TLS hello in plain text: an HTTP server on that port. The
     * JDK says "Unsupported or unrecognized SSL message" (JDK 11+) or "Unrecognized SSL message,
     * plaintext connection?" (JDK 8); any other failure is not a reason to try plain HTTP.
     */
    public static boolean plaintextAnswer(Throwable error) {
        return causeOf(error, SSLException.class).map(Throwable::getMessage)
                .map(message -> message.toLowerCase(Locale.ROOT))
                .filter(message -> message.contains("unrecognized ssl message"))
                .isPresent();
    }
}
