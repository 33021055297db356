package org.vtp.app.ui.service;

import java.util.Optional;

/** Loads and saves {@link Settings}. Called on the FX thread; implementations must be quick. */
public interface SettingsStore {
    /** The saved settings, or {@link Settings#empty()} when none (or unreadable). */
    Settings load();

    void save(Settings settings);

    /**
     * The SHA-256 (64 lower-case hex digits) of the certificate the user trusted for
     * {@code hostPort} ({@code 10.0.0.5:8443}), if any.
     */
    Optional<String> trustedCertificate(String hostPort);

    /** Remembers that the user trusts this certificate of {@code hostPort}, replacing an older one. */
    void trustCertificate(String hostPort, String sha256Hex);
}
