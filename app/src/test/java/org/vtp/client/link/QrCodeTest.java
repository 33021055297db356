package org.vtp.client.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTest {
    private static final String LINK = "https://192.168.1.20:8443/join/maths-7b#fp=" + "ab".repeat(32);

    @Test
    void aQrCodeOfTheJoinLinkDecodesBackToTheLink() throws Exception {
        QrCode code = QrCode.of(JoinLink.parse(LINK));

        assertThat(code.size()).isGreaterThan(21 + 8);
        assertThat(code.isDark(0, 0)).as("quiet zone").isFalse();
        assertThat(code.isDark(4, 4)).as("finder pattern corner").isTrue();
        assertThat(decode(code, 4)).isEqualTo(LINK);
    }

    private static String decode(QrCode code, int scale) throws Exception {
        int side = code.size() * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                pixels[y * side + x] = code.isDark(x / scale, y / scale) ? 0xff000000 : 0xffffffff;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(side, side, pixels)))).getText();
    }
}
