package org.vtp.server.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh browser profile directory per page, deleted when the page closes; and the output folder. */
final class ProfileDirectory {

    static final Path OUTPUT_DIR = Path.of("target", "e2e");

    private ProfileDirectory() {
    }

    static Path create(String prefix) {
        try {
            Files.createDirectories(OUTPUT_DIR);
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the browser profile " + root, e);
        }
    }

    static Path screenshotPath(String label, String name) {
        return OUTPUT_DIR.resolve(label + "-" + name + ".png");
    }
}
