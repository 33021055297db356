package org.vtp.app.ui.service;

import java.util.Optional;

/**
 * Which devices to send from; an empty id sends nothing of that kind. Both empty = listening
 * only. {@link DeviceInfo#TEST_PATTERN_ID} as camera sends the synthetic test pattern.
 */
public record MediaChoice(Optional<String> cameraId, Optional<String> microphoneId) {
    public MediaChoice {
        cameraId = cameraId == null ? Optional.empty() : cameraId;
        microphoneId = microphoneId == null ? Optional.empty() : microphoneId;
    }

    public static MediaChoice listenOnly() {
        return new MediaChoice(Optional.empty(), Optional.empty());
    }

    public boolean listensOnly() {
        return cameraId.isEmpty() && microphoneId.isEmpty();
    }
}
