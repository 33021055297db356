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
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.service.Settings;
import org.vtp.app.ui.service.SettingsStore;

/**
 * {@code <dir>/settings.json}:
 * <pre>{"recentServers": ["https://10.0.0.5:8443"], "lastName": "Ada", "cameraId": "...", "microphoneId": null,
 * "speakerId": "...", "trustedServers": {"10.0.0.5:8443": "3f2a91c0..."}}</pre>
 * A missing field (older files have no {@code speakerId}) reads as empty; a missing or unreadable file reads as empty settings (logged); saving writes a temporary file and
 * moves it into place so a crash never leaves half a file. {@code trustedServers} maps
 * {@code host:port} to the SHA-256 of the certificate the user trusted there; saving settings
 * keeps it, and entries that are not 64 hex digits are ignored.
 */
public final class JsonSettingsStore implements SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsStore.class);
    private static final String FILE = "settings.json";
    private static final String TRUSTED = "trustedServers";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;

    public JsonSettingsStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public Settings load() {
        return read().map(root -> {
            List<String> servers = new ArrayList<>();
            root.path("recentServers").forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank() && servers.size() < Settings.MAX_RECENT) {
                    servers.add(n.asText());
                }
            });
            return new Settings(servers, text(root, "lastName").orElse(""), text(root, "cameraId"),
                    text(root, "microphoneId"), text(root, "speakerId"));
        }).orElseGet(Settings::empty);
    }

    /** The file's object, empty when missing or unreadable (logged). */
    private Optional<ObjectNode> read() {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            return root instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("ignoring unreadable settings {}: {}", file, e.getMessage());
            return Optional.empty();
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
        read().map(old -> old.get(TRUSTED)).filter(JsonNode::isObject).ifPresent(trusted -> root.set(TRUSTED, trusted));
        write(root);
    }

    @Override
    public Optional<String> trustedCertificate(String hostPort) {
        return read().flatMap(root -> text(root.path(TRUSTED), hostPort)).filter(sha -> SHA256_HEX.matcher(sha).matches());
    }

    @Override
    public void trustCertificate(String hostPort, String sha256Hex) {
        if (!SHA256_HEX.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("a certificate's SHA-256 is 64 lower-case hex digits");
        }
        ObjectNode root = read().orElseGet(json::createObjectNode);
        JsonNode trusted = root.get(TRUSTED);
        (trusted instanceof ObjectNode object ? object : root.putObject(TRUSTED)).put(hostPort, sha256Hex);
        write(root);
    }

    private void write(ObjectNode root) {
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
