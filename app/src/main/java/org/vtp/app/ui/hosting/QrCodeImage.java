package org.vtp.app.ui.hosting;

import com.google.zxing.common.BitMatrix;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Renders a QR module matrix as a crisp black-on-white JavaFX image (whole pixels per module). */
public final class QrCodeImage {
    private QrCodeImage() {
    }

    public static WritableImage render(BitMatrix modules, int pixelsPerModule) {
        if (pixelsPerModule < 1) {
            throw new IllegalArgumentException("pixelsPerModule must be >= 1");
        }
        int w = modules.getWidth() * pixelsPerModule;
        int h = modules.getHeight() * pixelsPerModule;
        WritableImage image = new WritableImage(w, h);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean dark = modules.get(x / pixelsPerModule, y / pixelsPerModule);
                out.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
