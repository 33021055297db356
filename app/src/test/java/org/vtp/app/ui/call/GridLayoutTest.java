package org.vtp.app.ui.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridLayoutTest {
    private static final double ASPECT = 16.0 / 9.0;

    @ParameterizedTest
    @CsvSource({
        // count, width, height, columns, rows
        "1, 1600, 900, 1, 1",
        "2, 1600, 900, 2, 1",
        "2, 600, 1000, 1, 2",
        "3, 1600, 900, 2, 2",
        "4, 1600, 900, 2, 2",
        "5, 1600, 900, 3, 2",
        "9, 1600, 900, 3, 3",
        "10, 1600, 900, 4, 3",
        "6, 3000, 400, 6, 1"})
    void picksTheColumnCountWithTheLargestTiles(int count, double width, double height, int columns, int rows) {
        GridLayout grid = GridLayout.best(count, width, height, ASPECT, 10);

        assertThat(grid.columns()).isEqualTo(columns);
        assertThat(grid.rows()).isEqualTo(rows);
        assertThat(grid.tileWidth() / grid.tileHeight()).isCloseTo(ASPECT, within(1e-9));
        assertThat(grid.totalWidth(10)).isLessThanOrEqualTo(width + 1e-9);
        assertThat(grid.totalHeight(10)).isLessThanOrEqualTo(height + 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0, 800, 600", "3, 0, 600", "3, 800, -1"})
    void nothingToLayOutGivesAnEmptyGrid(int count, double width, double height) {
        assertThat(GridLayout.best(count, width, height, ASPECT, 10).columns()).isZero();
    }
}
