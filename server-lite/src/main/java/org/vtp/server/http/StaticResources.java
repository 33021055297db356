package org.vtp.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The browser client's files on the classpath under {@code web/}. Only names made of safe path
 * segments with a known extension are looked up, so no request can climb out of {@code web/static/}
 * (no "..", no leading dots, no backslashes, no empty or encoded separators survive the check).
 */
final class StaticResources {

    /** A file's bytes and its content type. */
    record Resource(byte[] bytes, String contentType) {
    }

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final int MAX_SEGMENTS = 8;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "map", "application/json");

    private final ClassLoader loader;
    private final String root;

    /** @param root classpath folder, e.g. {@code web} */
    StaticResources(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root;
    }

    /** @param relativePath a decoded path below the root, e.g. {@code static/app.js} */
    Optional<Resource> find(String relativePath) throws IOException {
        Optional<String> type = contentType(relativePath);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(root + "/" + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(new Resource(in.readAllBytes(), type.get()));
        }
    }

    /** The content type of a safe path with a known extension; empty for anything else. */
    static Optional<String> contentType(String relativePath) {
        String[] segments = relativePath.split("/", -1);
        if (segments.length > MAX_SEGMENTS) {
            return Optional.empty();
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return Optional.empty();
            }
        }
        String last = segments[segments.length - 1];
        int dot = last.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(last.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
