package org.vtp.client.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A validated join link: the server's origin, the room, and optionally the SHA-256 fingerprint of
 * the host's self-signed certificate, which a client pins instead of trusting certificate
 * authorities. Immutable.
 *
 * <p>Accepted: scheme http or https, no user info, a host, an optional port, path
 * {@code /join/<room>} (room: 1-64 letters, digits, '_' or '-', as the server requires), any query
 * (ignored; browser links carry {@code ?name=}), and a fragment of {@code &}-separated
 * {@code key=value} parameters of which {@code fp} is read (64 hex digits, or 32 colon-separated
 * pairs) and others are ignored. A fingerprint over plain http is refused: there is nothing to pin.
 */
public final class JoinLink {
    public static final int MAX_LENGTH = 2048;
    private static final Pattern ROOM = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern COLON_HEX = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){31}");
    private static final String JOIN = "/join/";

    private final URI origin;
    private final String room;
    private final String fingerprint;

    private JoinLink(URI origin, String room, String fingerprint) {
        this.origin = origin;
        this.room = room;
        this.fingerprint = fingerprint;
    }

    /**
     * A link to {@code room} on {@code origin} ({@code scheme://host:port}, anything after the
     * port is ignored), pinning {@code fingerprintSha256} when not null.
     *
     * @throws IllegalArgumentException if a part is invalid
     */
    public static JoinLink of(URI origin, String room, String fingerprintSha256) {
        Objects.requireNonNull(origin, "origin");
        String fp = fingerprintSha256 == null ? null : "fp=" + fingerprintSha256;
        return parse(origin.getScheme() + "://" + origin.getRawAuthority() + JOIN + room
                + (fp == null ? "" : "#" + fp));
    }

    /**
     * Parses what a user pasted (surrounding white space is ignored).
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is no valid link
     */
    public static JoinLink parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("the link is empty");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw invalid("the link is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalid("the link is not a valid address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid("a join link starts with https:// or http://");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("a join link carries no user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid("the link names no valid server");
        }
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw invalid("the port must be 1 to 65535");
        }
        String room = room(uri.getRawPath());
        String fingerprint = fingerprint(uri.getRawFragment());
        if (fingerprint != null && scheme.equals("http")) {
            throw invalid("a certificate fingerprint needs an https link");
        }
        URI origin = URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        return new JoinLink(origin, room, fingerprint);
    }

    private static String room(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(JOIN)) {
            throw invalid("the link's path must be /join/<class>");
        }
        String room = rawPath.substring(JOIN.length());
        if (room.endsWith("/")) {
            room = room.substring(0, room.length() - 1);
        }
        if (!ROOM.matcher(room).matches()) {
            throw invalid("the class name must be 1 to 64 letters, digits, '-' or '_'");
        }
        return room;
    }

    private static String fingerprint(String rawFragment) {
        if (rawFragment == null || rawFragment.isEmpty()) {
            return null;
        }
        String found = null;
        for (String parameter : rawFragment.split("&", -1)) {
            if (!parameter.startsWith("fp=")) {
                continue;
            }
            if (found != null) {
                throw invalid("the link carries two certificate fingerprints");
            }
            String value = parameter.substring(3);
            if (COLON_HEX.matcher(value).matches()) {
                value = value.replace(":", "");
            }
            if (!HEX64.matcher(value).matches()) {
                throw invalid("the certificate fingerprint must be 64 hexadecimal digits (SHA-256)");
            }
            found = value.toLowerCase(Locale.ROOT);
        }
        return found;
    }

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("Invalid join link: " + why);
    }

    /** {@code scheme://host:port}, always with the port; IPv6 hosts in brackets. */
    public URI origin() {
        return origin;
    }

    public String room() {
        return room;
    }

    /** The pinned certificate's SHA-256, 64 lower-case hex digits, when the link carries one. */
    public Optional<String> fingerprintSha256() {
        return Optional.ofNullable(fingerprint);
    }

    public boolean secure() {
        return origin.getScheme().equals("https");
    }

    /** The browser page of the room (no fragment): what a browser opens. */
    public URI pageUri() {
        return origin.resolve(JOIN + room);
    }

    /** The canonical text: {@code https://host:port/join/room#fp=<hex>}. */
    public String format() {
        return pageUri() + (fingerprint == null ? "" : "#fp=" + fingerprint);
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinLink other && origin.equals(other.origin) && room.equals(other.room)
                && Objects.equals(fingerprint, other.fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, room, fingerprint);
    }
}
