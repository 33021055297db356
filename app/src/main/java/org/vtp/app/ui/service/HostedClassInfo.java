package org.vtp.app.ui.service;

/**
 * A running hosted class as the UI shows it.
 *
 * @param className   the class's display name
 * @param joinLink    the link students open (browser or desktop app)
 * @param fingerprint SHA-256 fingerprint of the server's TLS certificate, colon-separated hex
 */
public record HostedClassInfo(String className, String joinLink, String fingerprint) {
    public HostedClassInfo {
        if (joinLink == null || joinLink.isBlank()) {
            throw new IllegalArgumentException("joinLink is required");
        }
        className = className == null ? "" : className;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }
}
