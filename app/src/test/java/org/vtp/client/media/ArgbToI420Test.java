package org.vtp.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArgbToI420Test {

    /** Expected values: BT.601 limited range (Y 16-235, U/V 16-240). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "red,   0xFFFF0000,  82,  90, 240",
        "green, 0xFF00FF00, 145,  54,  34",
        "blue,  0xFF0000FF,  41, 240, 110",
        "white, 0xFFFFFFFF, 235, 128, 128",
        "black, 0xFF000000,  16, 128, 128"})
    void aPlainColourBecomesItsBt601Values(String name, String argbHex, int y, int u, int v) {
        int[] argb = new int[4 * 4];
        Arrays.fill(argb, (int) Long.parseLong(argbHex.substring(2), 16));
        I420Planes planes = I420Planes.allocate(4, 4);

        ArgbToI420.convert(argb, 4, 4, planes);

        assertThat(planes.lumaAt(3, 3)).isCloseTo(y, org.assertj.core.data.Offset.offset(2));
        assertThat(planes.uAt(1, 1)).isCloseTo(u, org.assertj.core.data.Offset.offset(2));
        assertThat(planes.vAt(1, 1)).isCloseTo(v, org.assertj.core.data.Offset.offset(2));
    }

    @Test
    void chromaIsTheAverageOfEachTwoByTwoBlockAndLumaStaysPerPixel() {
        int white = 0xFFFFFFFF;
        int black = 0xFF000000;
        int[] argb = {white, black, black, white};
        I420Planes planes = I420Planes.allocate(2, 2);

        ArgbToI420.convert(argb, 2, 2, planes);

        assertThat(planes.lumaAt(0, 0)).isEqualTo(235);
        assertThat(planes.lumaAt(1, 0)).isEqualTo(16);
        assertThat(planes.uAt(0, 0)).isEqualTo(128);
        assertThat(planes.vAt(0, 0)).isEqualTo(128);
    }

    @Test
    void mismatchedSizesAreRefused() {
        assertThatThrownBy(() -> ArgbToI420.convert(new int[9], 3, 3, I420Planes.allocate(3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArgbToI420.convert(new int[4], 4, 4, I420Planes.allocate(4, 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArgbToI420.convert(new int[16], 4, 4, I420Planes.allocate(2, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
