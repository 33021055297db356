package org.vtp.app.ui.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vtp.app.ui.service.FakeCallService;
import org.vtp.app.ui.service.FakeHostingService;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.HostedClassInfo;
import org.vtp.app.ui.service.RecordingNavigator;
import org.vtp.app.ui.service.Settings;

class HostingViewModelTest {
    private final FakeHostingService hosting = new FakeHostingService();
    private final FakeCallService calls = new FakeCallService();
    private final FakeSettingsStore store = new FakeSettingsStore(
            new Settings(List.of(), "Mr Smith", Optional.of("vtp:test-pattern"), Optional.empty()));
    private final RecordingNavigator navigator = new RecordingNavigator();

    private HostingViewModel model(HostedClassInfo info) {
        return new HostingViewModel(info, hosting, calls, store, navigator, Runnable::run);
    }

    @Test
    void showsLinkFingerprintAndTitle() {
        HostingViewModel model = model(FakeHostingService.CLASS);

        assertThat(model.joinLink()).isEqualTo(FakeHostingService.CLASS.joinLink());
        assertThat(model.fingerprint()).startsWith("AB:CD:EF");
        assertThat(model.title()).isEqualTo("Physics 7B is live");
        assertThat(model(new HostedClassInfo("", "http://h/join/x", "")).fingerprint()).contains("no certificate");
    }

    @Test
    void showsTheShortCertificateCodeStudentsAreAskedToCompare() {
        assertThat(model(FakeHostingService.CLASS).certificateCode()).isEqualTo("ABCD EF01 2345 6789");
        assertThat(model(new HostedClassInfo("", "http://h/join/x", "")).certificateCode()).isEmpty();
    }

    @Test
    void theQrCodeDecodesBackToTheJoinLink() throws Exception {
        BitMatrix modules = model(FakeHostingService.CLASS).qrCode();

        assertThat(decode(modules, 3)).isEqualTo(FakeHostingService.CLASS.joinLink());
    }

    /** Renders the modules at {@code scale} pixels each into grey pixels and reads them with ZXing. */
    static String decode(BitMatrix modules, int scale) throws Exception {
        int w = modules.getWidth() * scale;
        int h = modules.getHeight() * scale;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = modules.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(w, h, argb);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    @Test
    void theHostJoinsTheirOwnClassUnderTheirLastName() {
        model(FakeHostingService.CLASS).joinOwnClass();

        assertThat(calls.requests).hasSize(1);
        assertThat(calls.requests.get(0).displayName()).isEqualTo("Mr Smith");
        assertThat(calls.requests.get(0).target().code()).isEqualTo("physics-7b");
        assertThat(calls.requests.get(0).media().cameraId()).contains("vtp:test-pattern");
        assertThat(navigator.screens).containsExactly("call");
    }

    @Test
    void withoutASavedNameTheHostJoinsAsTeacher() {
        store.settings = Settings.empty();

        model(FakeHostingService.CLASS).joinOwnClass();

        assertThat(calls.requests.get(0).displayName()).isEqualTo("Teacher");
    }

    @Test
    void aFailedOwnJoinIsReported() {
        calls.next = CompletableFuture.failedFuture(new IllegalStateException("timeout"));
        HostingViewModel model = model(FakeHostingService.CLASS);

        model.joinOwnClass();

        assertThat(model.statusProperty().get()).isEqualTo("Could not join: timeout");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(navigator.screens).isEmpty();
    }

    @Test
    void stoppingStopsTheServiceAndLeavesThePanel() {
        model(FakeHostingService.CLASS).stopHosting();

        assertThat(hosting.stops).isEqualTo(1);
        assertThat(navigator.screens).containsExactly("hosting-stopped");
    }

    @Test
    void copyingSaysSo() {
        HostingViewModel model = model(FakeHostingService.CLASS);

        model.linkCopied();

        assertThat(model.statusProperty().get()).contains("copied");
    }
}
