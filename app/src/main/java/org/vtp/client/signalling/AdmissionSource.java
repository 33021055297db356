package org.vtp.client.signalling;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.vtp.client.link.JoinLink;

/**
 * Where a participant gets an {@link Admission}, asked again for every (re)join: tokens expire
 * (access tokens after 15 minutes), and the server checks them only at the handshake, so a
 * reconnect needs a fresh one.
 */
@FunctionalInterface
public interface AdmissionSource {
    /** A fresh admission; fails with a {@link SignallingException} carrying the server's code. */
    CompletableFuture<Admission> admit();

    /** A new guest token by the link's code each time ({@link Admission#asGuest}). */
    static AdmissionSource guest(JoinLink link, String displayName, Duration timeout) {
        return () -> Admission.asGuest(link, displayName, timeout);
    }

    /** Always the same admission: only for tests and tokens that cannot expire before use. */
    static AdmissionSource fixed(Admission admission) {
        return () -> CompletableFuture.completedFuture(admission);
    }
}
