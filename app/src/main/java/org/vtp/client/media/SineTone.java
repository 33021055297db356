package org.vtp.client.media;

/**
 * A continuous sine tone cut into 10 ms blocks of 16-bit little-endian mono PCM, the block size
 * libwebrtc's audio pipeline works in.
 */
public final class SineTone {
    public static final int BYTES_PER_SAMPLE = 2;
    private final int sampleRate;
    private final double frequency;
    private final double amplitude;
    private long samplesGenerated;

    /** @param amplitude 0..1 of full scale */
    public SineTone(int sampleRate, double frequency, double amplitude) {
        if (sampleRate % 100 != 0 || sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be a positive multiple of 100");
        }
        if (frequency <= 0 || frequency >= sampleRate / 2.0) {
            throw new IllegalArgumentException("frequency must be between 0 and the Nyquist rate");
        }
        if (amplitude < 0 || amplitude > 1) {
            throw new IllegalArgumentException("amplitude must be within 0..1");
        }
        this.sampleRate = sampleRate;
        this.frequency = frequency;
        this.amplitude = amplitude;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int samplesPerBlock() {
        return sampleRate / 100;
    }

    /** The next 10 ms; the phase continues across blocks. */
    public byte[] nextBlock() {
        int n = samplesPerBlock();
        byte[] out = new byte[n * BYTES_PER_SAMPLE];
        for (int i = 0; i < n; i++) {
            double t = (double) (samplesGenerated + i) / sampleRate;
            int s = (int) Math.round(Math.sin(2 * Math.PI * frequency * t) * amplitude * Short.MAX_VALUE);
            out[2 * i] = (byte) s;
            out[2 * i + 1] = (byte) (s >> 8);
        }
        samplesGenerated += n;
        return out;
    }
}
