package org.vtp.app.ui.hosting;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Encodes text as a QR code module matrix (ZXing), one bit per module, with the 4-module quiet zone. */
public final class QrCodes {
    private static final int QUIET_ZONE_MODULES = 4;

    private QrCodes() {
    }

    /**
     * Error correction M (15 %) keeps a long link readable from a projected screen without making
     * the code too dense.
     */
    public static BitMatrix encode(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        try {
            // Size 0 asks for the natural size: one matrix cell per module.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + e.getMessage(), e);
        }
    }
}
