package org.vtp.app.ui.service;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.vtp.client.link.JoinLink;
import org.vtp.client.signalling.AdmissionSource;

/**
 * Where to join: a {@link JoinLink} (server origin, class code, optional certificate pin), parsed
 * from a pasted link or built from a server address and a code; and, for the host's own seat, the
 * {@link AdmissionSource} that mints a fresh owner token in-process for every (re)join. Without
 * one the call service asks the server for a guest token under the participant's name.
 */
public record JoinTarget(JoinLink link, Optional<AdmissionSource> admissions) {

    public JoinTarget {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(admissions, "admissions");
    }

    /** A pasted join link; empty when it is not one ({@link JoinLink#parse} says why). */
    public static Optional<JoinTarget> fromLink(String text) {
        try {
            return Optional.of(new JoinTarget(JoinLink.parse(text), Optional.empty()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A server address ({@code host:port}, {@code https://host:port}; https when no scheme) and a class code. */
    public static Optional<JoinTarget> fromServerAndCode(String server, String code) {
        String s = server == null ? "" : server.strip();
        String c = code == null ? "" : code.strip();
        if (s.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI origin = new URI(namesScheme(s) ? s : "https://" + s);
            return Optional.of(new JoinTarget(JoinLink.of(origin, c, null), Optional.empty()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a server address names its scheme ({@code https://h:1}) rather than being a bare {@code h:1}. */
    public static boolean namesScheme(String server) {
        return server != null && server.contains("://");
    }

    /** The same class and admissions on {@code origin}, pinning {@code pinSha256} when present. */
    public JoinTarget at(URI origin, Optional<String> pinSha256) {
        return new JoinTarget(JoinLink.of(origin, link.room(), pinSha256.orElse(null)), admissions);
    }

    /** The host's own seat in the class it hosts. */
    public static JoinTarget owner(JoinLink link, AdmissionSource admissions) {
        return new JoinTarget(link, Optional.of(admissions));
    }

    /** The class code (the link's last path segment). */
    public String code() {
        return link.room();
    }

    /** {@code host:port} ({@code [::1]:8443} for IPv6): what a trusted certificate is remembered by. */
    public String hostPort() {
        return link.origin().getRawAuthority();
    }

    /** {@code scheme://host:port}, as shown in the recent-servers list. */
    public String server() {
        return link.origin().toString();
    }
}
