package org.vtp.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TestPatternTest {

    @ParameterizedTest
    @CsvSource({"320,240,0", "320,240,1", "640,360,12345", "64,48,65535", "1280,720,43690"})
    void aPaintedFrameReadsBackItsBarsAndFrameNumber(int width, int height, long frameNumber) {
        I420Planes planes = I420Planes.allocate(width, height);
        TestPattern.paint(planes, frameNumber);

        assertThat(TestPattern.read(planes)).isEqualTo(new PatternReading(true, frameNumber));
    }

    @Test
    void theFrameNumberWrapsAtSixteenBits() {
        I420Planes planes = I420Planes.allocate(320, 240);
        TestPattern.paint(planes, 65536 + 7);

        assertThat(TestPattern.read(planes).frameNumber()).isEqualTo(7);
    }

    @Test
    void mildNoiseAsFromACodecStillMatches() {
        I420Planes planes = I420Planes.allocate(320, 240);
        TestPattern.paint(planes, 321);
        Random random = new Random(1);
        for (int i = 0; i < planes.y().capacity(); i++) {
            int noisy = Math.max(0, Math.min(255, (planes.y().get(i) & 0xff) + random.nextInt(17) - 8));
            planes.y().put(i, (byte) noisy);
        }

        assertThat(TestPattern.read(planes)).isEqualTo(new PatternReading(true, 321));
    }

    @Test
    void aGreyPictureDoesNotMatch() {
        I420Planes planes = I420Planes.allocate(320, 240);
        for (var buffer : new java.nio.ByteBuffer[] {planes.y(), planes.u(), planes.v()}) {
            while (buffer.hasRemaining()) {
                buffer.put((byte) 128);
            }
        }

        assertThat(TestPattern.read(planes).barsMatch()).isFalse();
    }

    @Test
    void aPictureTooSmallForTheBarsDoesNotMatchAndDoesNotThrow() {
        assertThat(TestPattern.read(I420Planes.allocate(16, 8)).barsMatch()).isFalse();
    }

    @Test
    void theMarkerMovesBetweenFrames() {
        I420Planes first = I420Planes.allocate(320, 240);
        I420Planes later = I420Planes.allocate(320, 240);
        TestPattern.paint(first, 0);
        TestPattern.paint(later, 10);

        assertThat(first.y().array()).isNotEqualTo(later.y().array());
    }
}
