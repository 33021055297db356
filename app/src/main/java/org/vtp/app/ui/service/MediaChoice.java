package org.vtp.app.ui.service;

import java.util.Optional;

/**
 * Which devices to send from, and where to play what is received. An empty camera or microphone
 * id sends nothing of that kind; both empty = listening only. An empty speaker id plays to the
 * system's default output. {@link DeviceInfo#TEST_PATTERN_ID} as camera sends the synthetic test
 * pattern, {@link DeviceInfo#TEST_TONE_ID} as microphone a tone (and then nothing is played).
 */
public record MediaChoice(Optional<String> cameraId, Optional<String> microphoneId, Optional<String> speakerId) {
    public MediaChoice {
        cameraId = cameraId == null ? Optional.empty() : cameraId;
        microphoneId = microphoneId == null ? Optional.empty() : microphoneId;
        speakerId = speakerId == null ? Optional.empty() : speakerId;
    }

    /** Sends from these devices and plays to the default speaker. */
    public MediaChoice(Optional<String> cameraId, Optional<String> microphoneId) {
        this(cameraId, microphoneId, Optional.empty());
    }

    /** The synthetic test pattern as camera, no microphone (demos, scripted classrooms, tests). */
    public static MediaChoice testPattern() {
        return new MediaChoice(Optional.of(DeviceInfo.TEST_PATTERN_ID), Optional.empty());
    }

    public static MediaChoice listenOnly() {
        return new MediaChoice(Optional.empty(), Optional.empty());
    }

    public boolean listensOnly() {
        return cameraId.isEmpty() && microphoneId.isEmpty();
    }
}
