package org.vtp.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SineToneTest {

    @Test
    void aBlockIsTenMillisecondsOfSixteenBitMono() {
        assertThat(new SineTone(48_000, 440, 0.5).nextBlock()).hasSize(480 * 2);
    }

    @Test
    void samplesFollowTheSineAcrossBlocks() {
        SineTone tone = new SineTone(8_000, 1_000, 1.0);
        tone.nextBlock();
        byte[] second = tone.nextBlock();
        // sample 80 of a 1 kHz tone at 8 kHz: phase 80 * 2pi / 8 = 0 -> 0; sample 82: pi/2 -> full scale
        assertThat(sample(second, 0)).isZero();
        assertThat(sample(second, 2)).isEqualTo(Short.MAX_VALUE);
        assertThat(sample(second, 6)).isEqualTo(-Short.MAX_VALUE);
    }

    @Test
    void invalidParametersAreRefused() {
        assertThatThrownBy(() -> new SineTone(44_101, 440, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SineTone(48_000, 30_000, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SineTone(48_000, 440, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int sample(byte[] block, int index) {
        return (short) ((block[2 * index] & 0xff) | (block[2 * index + 1] << 8));
    }
}
