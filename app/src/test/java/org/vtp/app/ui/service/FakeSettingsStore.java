package org.vtp.app.ui.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings and trusted certificates in memory; counts saves. */
public final class FakeSettingsStore implements SettingsStore {
    public Settings settings;
    public int saves;
    public final Map<String, String> trusted = new HashMap<>();

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

    @Override
    public Optional<String> trustedCertificate(String hostPort) {
        return Optional.ofNullable(trusted.get(hostPort));
    }

    @Override
    public void trustCertificate(String hostPort, String sha256Hex) {
        trusted.put(hostPort, sha256Hex);
    }
}
