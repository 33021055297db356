package org.vtp.client.media;

/**
 * Which audio device module a {@link MediaEngine} runs on. Never the platform default: without a
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
     * to track sinks, nothing reaches a speaker. Never combine with a {@link SineToneSource}.
     */
    HEADLESS_PLAYOUT
}
