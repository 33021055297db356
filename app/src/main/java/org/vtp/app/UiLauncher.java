package org.vtp.app;

import javafx.application.Application;

/**
 * Starts the JavaFX desktop app, found by name so that the command line builds without the UI
 * code: {@value #APP_CLASS} extends {@link Application}.
 */
final class UiLauncher {
    static final String APP_CLASS = "org.vtp.app.ui.VtpDesktopApp";

    private UiLauncher() {
    }

    /** Blocks until the last window closes; false when the UI class is missing. */
    static boolean launch(String... args) {
        Class<? extends Application> app;
        try {
            app = Class.forName(APP_CLASS).asSubclass(Application.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            return false;
        }
        Application.launch(app, args);
        return true;
    }
}
