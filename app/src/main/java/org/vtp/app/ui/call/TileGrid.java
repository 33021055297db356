package org.vtp.app.ui.call;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays out its children as equal 16:9 tiles, as large as fits, centred; the last row is centred
 * too. Recomputed on every resize, so the grid stays responsive.
 */
final class TileGrid extends Pane {
    private static final double ASPECT = 16.0 / 9.0;
    private static final double GAP = 10;

    TileGrid() {
        getStyleClass().add("tile-grid");
        setPadding(new Insets(12));
    }

    @Override
    protected void layoutChildren() {
        var tiles = getManagedChildren();
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        GridLayout grid = GridLayout.best(tiles.size(), width, height, ASPECT, GAP);
        if (grid.columns() == 0) {
            return;
        }
        double top = in.getTop() + (height - grid.totalHeight(GAP)) / 2;
        for (int i = 0; i < tiles.size(); i++) {
            int row = i / grid.columns();
            int column = i % grid.columns();
            int inRow = Math.min(grid.columns(), tiles.size() - row * grid.columns());
            double rowWidth = inRow * grid.tileWidth() + (inRow - 1) * GAP;
            double left = in.getLeft() + (width - rowWidth) / 2;
            Node tile = tiles.get(i);
            tile.resizeRelocate(snapPositionX(left + column * (grid.tileWidth() + GAP)),
                    snapPositionY(top + row * (grid.tileHeight() + GAP)),
                    snapSizeX(grid.tileWidth()), snapSizeY(grid.tileHeight()));
        }
    }
}
