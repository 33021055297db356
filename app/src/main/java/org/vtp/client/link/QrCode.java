package org.vtp.client.link;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A join link as a QR code (ISO/IEC 18004), as a square of dark/light modules for any renderer
 * (the JavaFX view paints it; no toolkit here). Error correction M: a projected code stays
 * readable with some glare. Includes the standard 4-module quiet zone.
 */
public final class QrCode {
    private static final int QUIET_ZONE = 4;

    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /** Encodes {@link JoinLink#format()}. */
    public static QrCode of(JoinLink link) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(link.format(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("a join link of " + link.format().length()
                    + " characters does not fit a QR code", e);
        }
        boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark[y][x] = matrix.get(x, y);
            }
        }
        return new QrCode(dark);
    }

    /** Modules per side, quiet zone included. */
    public int size() {
        return dark.length;
    }

    /** Whether the module at column {@code x}, row {@code y} is dark. */
    public boolean isDark(int x, int y) {
        return dark[y][x];
    }
}
