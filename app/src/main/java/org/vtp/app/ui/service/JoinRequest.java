package org.vtp.app.ui.service;

/** Everything needed to join: where, as whom, with which devices. */
public record JoinRequest(JoinTarget target, String displayName, MediaChoice media) {
    public JoinRequest {
        if (target == null || media == null || displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("target, displayName and media are required");
        }
        displayName = displayName.strip();
    }
}
