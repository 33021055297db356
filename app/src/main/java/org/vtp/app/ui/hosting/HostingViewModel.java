package org.vtp.app.ui.hosting;

import com.google.zxing.common.BitMatrix;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vtp.app.ui.service.Navigator;
import org.vtp.app.ui.service.CallService;
import org.vtp.app.ui.service.DisplayNames;
import org.vtp.app.ui.service.Failures;
import org.vtp.app.ui.service.HostedClassInfo;
import org.vtp.app.ui.service.HostingService;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.Settings;
import org.vtp.app.ui.service.SettingsStore;
import org.vtp.client.tls.PresentedCertificate;

/**
 * A class being hosted: what students need to join (link, QR code, fingerprint to compare), and
 * the host's own actions (join the class, stop hosting).
 */
public final class HostingViewModel {
    private final HostedClassInfo hostedClass;
    private final HostingService hosting;
    private final CallService calls;
    private final SettingsStore store;
    private final Navigator navigator;
    private final Executor ui;
    private final BitMatrix qrCode;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public HostingViewModel(HostedClassInfo hostedClass, HostingService hosting, CallService calls,
                            SettingsStore store, Navigator navigator, Executor ui) {
        this.hostedClass = hostedClass;
        this.hosting = hosting;
        this.calls = calls;
        this.store = store;
        this.navigator = navigator;
        this.ui = ui;
        this.qrCode = QrCodes.encode(hostedClass.joinLink());
    }

    public String joinLink() {
        return hostedClass.joinLink();
    }

    public String fingerprint() {
        return hostedClass.fingerprint().isEmpty() ? "(plain HTTP: no certificate)" : hostedClass.fingerprint();
    }

    /**
     * The certificate's short code ({@code 3F2A 91C0 77DE 4B18}) that students joining by address
     * are asked to compare: read it aloud or show it. Empty over plain HTTP.
     */
    public String certificateCode() {
        String hex = hostedClass.fingerprint().replace(":", "").toLowerCase(Locale.ROOT);
        return hex.isEmpty() ? "" : new PresentedCertificate(hex).shortForm();
    }

    public String title() {
        return hostedClass.className().isBlank() ? "Your class is live" : hostedClass.className() + " is live";
    }

    /** The join link as QR modules, quiet zone included. */
    public BitMatrix qrCode() {
        return qrCode;
    }

    /** The view put the link on the clipboard. */
    public void linkCopied() {
        status.set("Join link copied to the clipboard");
    }

    /** The teacher joins their own class under the last used name (or "Teacher"). */
    public void joinOwnClass() {
        JoinTarget target = hosting.ownSeat().or(() -> JoinTarget.fromLink(hostedClass.joinLink())).orElse(null);
        if (target == null) {
            status.set("The join link cannot be opened by this app");
            return;
        }
        Settings settings = store.load();
        String name = DisplayNames.problem(settings.lastName()).isEmpty() ? settings.lastName() : "Teacher";
        busy.set(true);
        status.set("Joining your class…");
        calls.join(new JoinRequest(target, name, settings.mediaChoice())).whenCompleteAsync((call, error) -> {
            busy.set(false);
            if (error != null) {
                status.set("Could not join: " + Failures.message(error));
            } else {
                status.set("");
                navigator.showCall(call);
            }
        }, ui);
    }

    public void stopHosting() {
        hosting.stop();
        navigator.hostingStopped();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
