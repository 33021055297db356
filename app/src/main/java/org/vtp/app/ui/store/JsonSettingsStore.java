package org.vtp.app.ui.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.service.Settings;
import org.vtp.app.ui.service.SettingsStore;

/**
 * {@code <dir>/settings.json}:
 * <pre>{"recentServers": ["https://10.0.0.5:8443"], "lastName": "Ada", "cameraId": "...", "microphoneId": null,
 * "speakerId": "..."}</pre>
 * A missing field (older files have no {@code speakerId}) reads as empty; a missing or unreadable file reads as empty settings (logged); saving writes a temporary file and
 * moves it into place so a crash never leaves half a file.
 */
public final class JsonSettingsStore implements SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsStore.class);
    private static final String FILE = "settings.json";

    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;

    public JsonSettingsStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public Settings load() {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Settings.empty();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                return Settings.empty();
            }
            List<String> servers = new ArrayList<>();
            root.path("recentServers").forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank() && servers.size() < Settings.MAX_RECENT) {
                    servers.add(n.asText());
                }
            });
            return new Settings(servers, text(root, "lastName").orElse(""), text(root, "cameraId"),
                    text(root, "microphoneId"), text(root, "speakerId"));
        } catch (IOException e) {
            LOG.warn("ignoring unreadable settings {}: {}", file, e.getMessage());
            return Settings.empty();
        }
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }

    @Override
    public void save(Settings settings) {
        ObjectNode root = json.createObjectNode();
        settings.recentServers().forEach(root.putArray("recentServers")::add);
        root.put("lastName", settings.lastName());
        root.put("cameraId", settings.cameraId().orElse(null));
        root.put("microphoneId", settings.microphoneId().orElse(null));
        root.put("speakerId", settings.speakerId().orElse(null));
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "settings", ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not save settings in {}: {}", dir, e.getMessage());
        }
    }
}
