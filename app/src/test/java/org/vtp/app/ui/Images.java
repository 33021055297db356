package org.vtp.app.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Test helpers on JavaFX images: read a QR code back, save as PNG, read a pixel. */
final class Images {
    private Images() {
    }

    static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = reader.getArgb(x, y);
            }
        }
        return pixels;
    }

    static String decodeQr(Image image) throws Exception {
        RGBLuminanceSource source = new RGBLuminanceSource((int) image.getWidth(), (int) image.getHeight(), argb(image));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    /** Saves under {@code vtp.screenshots.dir} (target/screenshots) and returns the file. */
    static Path savePng(Image image, String name) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb(image), 0, w);
        return savePng(out, name);
    }

    /** Saves under {@code vtp.screenshots.dir} (target/screenshots) and returns the file. */
    static Path savePng(BufferedImage image, String name) throws IOException {
        Path dir = Path.of(System.getProperty("vtp.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
