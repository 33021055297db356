package org.vtp.app.ui.service;

/** Settings in memory; counts saves. */
public final class FakeSettingsStore implements SettingsStore {
    public Settings settings;
    public int saves;

    public FakeSettingsStore(Settings initial) {
        this.settings = initial;
    }

    @Override
    public Settings load() {
        return settings;
    }

    @Override
    public void save(Settings updated) {
        settings = updated;
        saves++;
    }
}
