package org.vtp.app.ui.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to join: the server's origin and the room (the "class code"). Parsed from a join link
 * ({@code https://host:port/join/<roomId>?...}, protocol.md) or from a server address and a code.
 * The full link is kept so an adapter can read more from it (e.g. a pinned fingerprint).
 *
 * <p>The integrator may replace this parsing with {@code org.vtp.client.link.JoinLink}; the shape
 * of the link is the one protocol.md gives the browser page.
 */
public record JoinTarget(URI origin, String roomId, String link) {
    private static final Pattern ROOM_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public JoinTarget {
        if (origin == null || roomId == null || !ROOM_ID.matcher(roomId).matches()) {
            throw new IllegalArgumentException("an origin and a room id of [A-Za-z0-9_-]{1,64} are required");
        }
        link = link == null ? "" : link;
    }

    /** A pasted join link; empty when it is not one. */
    public static Optional<JoinTarget> fromLink(String text) {
        Optional<URI> uri = uri(text == null ? "" : text.strip());
        if (uri.isEmpty() || uri.get().getRawPath() == null) {
            return Optional.empty();
        }
        String[] segments = uri.get().getRawPath().split("/");
        if (segments.length != 3 || !segments[1].equals("join") || !ROOM_ID.matcher(segments[2]).matches()) {
            return Optional.empty();
        }
        return origin(uri.get()).map(o -> new JoinTarget(o, segments[2], text.strip()));
    }

    /** A server address ({@code host:port}, {@code https://host:port}) and a class code. */
    public static Optional<JoinTarget> fromServerAndCode(String server, String code) {
        String s = server == null ? "" : server.strip();
        String c = code == null ? "" : code.strip();
        if (s.isEmpty() || !ROOM_ID.matcher(c).matches()) {
            return Optional.empty();
        }
        String withScheme = s.contains("://") ? s : "https://" + s;
        return uri(withScheme).flatMap(JoinTarget::origin)
                .map(o -> new JoinTarget(o, c, o.resolve("/join/" + c).toString()));
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(scheme, null, uri.getHost(), uri.getPort(), "/", null, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin without the trailing slash, as shown in the recent-servers list. */
    public String server() {
        String s = origin.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
