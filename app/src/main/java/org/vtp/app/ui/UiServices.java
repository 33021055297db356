package org.vtp.app.ui;

import java.util.concurrent.Executor;
import org.vtp.app.ui.service.CallService;
import org.vtp.app.ui.service.DeviceCatalog;
import org.vtp.app.ui.service.HostingService;
import org.vtp.app.ui.service.ServerCheck;
import org.vtp.app.ui.service.SettingsStore;

/**
 * The ports the UI runs on, wired once by the entry class (real adapters) or by a test (fakes).
 *
 * @param servers looks at a class's server before a join (scheme, certificate trust)
 * @param ui runs a task on the FX thread ({@code Platform::runLater}); ViewModels deliver every
 *           service result through it
 */
public record UiServices(HostingService hosting, CallService calls, ServerCheck servers, SettingsStore settings,
                         DeviceCatalog devices, Executor ui) {
    public UiServices {
        if (hosting == null || calls == null || servers == null || settings == null || devices == null || ui == null) {
            throw new IllegalArgumentException("every service is required");
        }
    }
}
