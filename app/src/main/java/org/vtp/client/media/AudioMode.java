package org.vtp.client.media;

/**
 * Which audio device module a {@link MediaEngine} runs on. The platform module only in
 * {@link #DEVICES}, and only after {@link SoundServerProbe#platformAudioUsable()}: on Linux without a
 * running PulseAudio it aborts the JVM, and its device queries hang.
 */
public enum AudioMode {
    /**
     * {@code AudioLayer.kDummyAudio}: no recording, no playout. The only mode in which a
     * {@link SineToneSource} may send audio (a custom audio source next to a recording module
     * races in libwebrtc and aborts the JVM). Received audio is not decoded.
     */
    SYNTHETIC,
    /**
     * {@code HeadlessAudioDeviceModule} with playout started: received audio is decoded and handed
     * to track sinks, nothing reaches a speaker. Never combine with a {@link SineToneSource}. The
     * fallback when no sound server answers.
     */
    HEADLESS_PLAYOUT,
    /**
     * The platform audio module (PulseAudio on Linux, Core Audio on macOS, WASAPI on Windows):
     * records from the chosen microphone, plays received audio to the chosen speaker. Never
     * combine with a {@link SineToneSource}.
     */
    DEVICES
}
