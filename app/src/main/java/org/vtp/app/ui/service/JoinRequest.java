package org.vtp.app.ui.service;

import java.util.Optional;
import org.vtp.client.signalling.AdmissionSource;

/**
 * Everything needed to join: where, as whom, with which devices. With {@code account}, the app
 * signs in to the target's server first and joins as that account (the server then names the
 * caller; {@code displayName} is only a placeholder); without, it joins as a guest.
 */
public record JoinRequest(JoinTarget target, String displayName, MediaChoice media, Optional<SignIn> account) {
    public JoinRequest {
        if (target == null || media == null || displayName == null || displayName.isBlank() || account == null) {
            throw new IllegalArgumentException("target, displayName, media and account are required");
        }
        displayName = displayName.strip();
    }

    /** A guest's request. */
    public JoinRequest(JoinTarget target, String displayName, MediaChoice media) {
        this(target, displayName, media, Optional.empty());
    }

    /** After signing in: the account's name, and admissions by its tokens. */
    public JoinRequest signedIn(String accountName, AdmissionSource admissions) {
        return new JoinRequest(new JoinTarget(target.link(), Optional.of(admissions)), accountName, media,
                Optional.empty());
    }
}
