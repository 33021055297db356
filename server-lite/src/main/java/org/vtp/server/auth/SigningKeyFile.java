package org.vtp.server.auth;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key that signs access and guest tokens: 32 random bytes generated on first start and
 * kept in {@code <data-dir>/jwt-signing.key}, readable by the owner only (0600 where the file
 * system has POSIX permissions). Never in the repository; deleting the file logs everyone out.
 */
public final class SigningKeyFile {

    public static final String FILE_NAME = "jwt-signing.key";
    /** HS256 wants a key of at least 256 bits (RFC 7518 section 3.2). */
    static final int KEY_BYTES = 32;

    private SigningKeyFile() {
    }

    /** Reads the key, creating it (atomically, owner-only) if the data directory has none. */
    public static SecretKey loadOrCreate(Path dataDir, SecureRandom random) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            create(dataDir, file, random);
        }
        byte[] key = Files.readAllBytes(file);
        if (key.length != KEY_BYTES) {
            throw new IOException(file + " is damaged (" + key.length + " bytes, expected " + KEY_BYTES
                    + "); delete it to make a new key (everyone signs in again)");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private static void create(Path dataDir, Path file, SecureRandom random) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Files.createDirectories(dataDir);
        Path temp = Files.createTempFile(dataDir, "jwt-", ".tmp");
        try {
            ownerOnly(temp);
            Files.write(temp, key);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // Another process created it first: use theirs.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
