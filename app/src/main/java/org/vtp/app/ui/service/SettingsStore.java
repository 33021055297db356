package org.vtp.app.ui.service;

/** Loads and saves {@link Settings}. Called on the FX thread; implementations must be quick. */
public interface SettingsStore {
    /** The saved settings, or {@link Settings#empty()} when none (or unreadable). */
    Settings load();

    void save(Settings settings);
}
