package org.vtp.app.ui.trust;

import java.util.Objects;
import java.util.Optional;
import org.vtp.client.tls.PresentedCertificate;

/**
 * The question put to the user about a server's certificate, with every text the prompt shows:
 * first use ("Is this the code your teacher shows?") or, when {@code previous} is present, the
 * warning that a trusted server's certificate changed.
 *
 * @param server    {@code host:port}
 * @param presented the certificate the server shows now
 * @param previous  the certificate trusted (or linked) before, when it changed
 */
public record TrustPrompt(String server, PresentedCertificate presented, Optional<PresentedCertificate> previous) {
    public TrustPrompt {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(previous, "previous");
    }

    /** Whether a server that was trusted before now shows another certificate. */
    public boolean changed() {
        return previous.isPresent();
    }

    public String title() {
        return changed() ? "Warning: the server's certificate has changed" : "Check your class's code";
    }

    public String message() {
        return previous.map(old -> server + " shows a different certificate from the one this app trusted before ("
                        + old.shortForm() + "). Someone else on the network may be posing as your class's server. "
                        + "The code it shows now is:")
                .orElse("You are joining " + server + " for the first time. Its certificate code is:");
    }

    /** The code to compare, in four groups: {@code 3F2A 91C0 77DE 4B18}. */
    public String shortCode() {
        return presented.shortForm();
    }

    /** The whole SHA-256, shown on demand. */
    public String fullFingerprint() {
        return "SHA-256 " + presented.fullForm();
    }

    public String question() {
        return changed() ? "Trust it only if your teacher confirms that this new code is on their screen."
                : "Is this the code your teacher shows?";
    }

    public String trustLabel() {
        return changed() ? "Trust the new certificate" : "Trust";
    }
}
