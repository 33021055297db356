package org.vtp.app.ui.call;

/**
 * Chooses how many columns a grid of equal tiles of a fixed aspect ratio should have so that the
 * tiles are as large as possible in the available space.
 *
 * @param columns    tiles per row
 * @param rows       number of rows
 * @param tileWidth  width of one tile
 * @param tileHeight height of one tile
 */
record GridLayout(int columns, int rows, double tileWidth, double tileHeight) {

    /**
     * @param count  number of tiles (0 gives an empty layout)
     * @param aspect width / height of one tile
     * @param gap    space between tiles
     */
    static GridLayout best(int count, double width, double height, double aspect, double gap) {
        if (count <= 0 || width <= 0 || height <= 0) {
            return new GridLayout(0, 0, 0, 0);
        }
        GridLayout best = null;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double w = Math.max(0, (width - gap * (columns - 1)) / columns);
            double h = Math.max(0, (height - gap * (rows - 1)) / rows);
            double tileW = Math.min(w, h * aspect);
            GridLayout candidate = new GridLayout(columns, rows, tileW, tileW / aspect);
            if (best == null || candidate.tileWidth > best.tileWidth) {
                best = candidate;
            }
        }
        return best;
    }

    double totalWidth(double gap) {
        return columns * tileWidth + Math.max(0, columns - 1) * gap;
    }

    double totalHeight(double gap) {
        return rows * tileHeight + Math.max(0, rows - 1) * gap;
    }
}
