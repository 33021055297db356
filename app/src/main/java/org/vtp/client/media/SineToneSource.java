package org.vtp.client.media;

import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pushes a {@link SineTone} into a {@link CustomAudioSource} every 10 ms on a scheduler the caller
 * owns.
 *
 * <p>Only on a {@link MediaEngine} in {@link AudioMode#SYNTHETIC}: next to a recording audio
 * module a custom audio source races inside libwebrtc and aborts the JVM (webrtc-java 0.14.0).
 * Closing: close the peer connections first, then this.
 */
public final class SineToneSource implements AutoCloseable {
    private static final int BITS_PER_SAMPLE = 16;
    private static final int CHANNELS = 1;
    private final CustomAudioSource source = new CustomAudioSource();
    private final ScheduledExecutorService scheduler;
    private final SineTone tone;
    private ScheduledFuture<?> timer;
    private long blocksPushed;
    private boolean closed;

    public SineToneSource(MediaEngine engine, ScheduledExecutorService scheduler, SineTone tone) {
        if (engine.audioMode() != AudioMode.SYNTHETIC) {
            throw new IllegalStateException("a custom audio source needs an engine in AudioMode.SYNTHETIC");
        }
        this.scheduler = scheduler;
        this.tone = tone;
    }

    /** The native source to create an audio track from; owned by this object. */
    public CustomAudioSource source() {
        return source;
    }

    public synchronized void start() {
        if (closed || timer != null) {
            return;
        }
        timer = scheduler.scheduleAtFixedRate(this::pushOne, 0, 10, TimeUnit.MILLISECONDS);
    }

    private synchronized void pushOne() {
        if (closed) {
            return;
        }
        source.pushAudio(tone.nextBlock(), BITS_PER_SAMPLE, tone.sampleRate(), CHANNELS, tone.samplesPerBlock());
        blocksPushed++;
    }

    public synchronized long blocksPushed() {
        return blocksPushed;
    }

    /** Stops the timer and disposes the native source. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (timer != null) {
            timer.cancel(false);
        }
        source.dispose();
    }
}
