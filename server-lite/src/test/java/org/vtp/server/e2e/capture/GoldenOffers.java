package org.vtp.server.e2e.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes captured offers as golden files: {@code <name>.sdp} (the offer, byte for byte) and
 * {@code <name>.json} (what each mid was for, and whether the SFU answered). Always into
 * {@code target/sdp-captured}; also into {@code -Dvtp.sdp.golden=<dir>} when set, which is how
 * the SFU's unit-test resources {@code sdp/captured} are refreshed from real clients.
 */
public final class GoldenOffers {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private GoldenOffers() {
    }

    /** Saves {@code offer} under {@code name} (e.g. {@code firefox-listener-2}); returns the files written. */
    public static List<Path> save(String name, CapturedOffer offer) {
        List<Path> dirs = System.getProperty("vtp.sdp.golden", "").isBlank()
                ? List.of(Path.of("target", "sdp-captured"))
                : List.of(Path.of("target", "sdp-captured"), Path.of(System.getProperty("vtp.sdp.golden")));
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
                Files.write(dir.resolve(name + ".sdp"), offer.offer().getBytes(StandardCharsets.UTF_8));
                Files.write(dir.resolve(name + ".json"), JSON.writeValueAsBytes(Map.of(
                        "roles", offer.roles(), "round", offer.round(), "answered", offer.answered())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dirs.stream().map(d -> d.resolve(name + ".sdp")).toList();
    }
}
