package org.vtp.client.signalling;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.vtp.client.tls.PresentedCertificate;

/** How a server can be reached, as {@link ServerProbe} found before anything was sent to it. */
public sealed interface ServerReach {
    /** {@code scheme://host:port}: the scheme that worked (or that was asked for). */
    URI origin();

    /**
     * The server answered; connect to {@code origin}, pinning {@code pinSha256} when present
     * (absent: plain HTTP, or a certificate the JVM's authorities vouch for).
     */
    record Reachable(URI origin, Optional<String> pinSha256) implements ServerReach {
        public Reachable {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(pinSha256, "pinSha256");
        }
    }

    /** An HTTPS server whose certificate no authority vouches for and nobody pinned: ask the user. */
    record UnknownCertificate(URI origin, PresentedCertificate presented) implements ServerReach {
    }

    /** A pinned HTTPS server showed another certificate: refuse, unless the user deliberately trusts it. */
    record ChangedCertificate(URI origin, String pinnedSha256, PresentedCertificate presented) implements ServerReach {
    }
}
