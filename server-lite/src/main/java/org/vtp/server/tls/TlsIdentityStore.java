package org.vtp.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the host's {@link TlsIdentity} in a directory ({@code <data-dir>/tls}): {@value #KEY_STORE}
 * (PKCS12) and {@value #PASSWORD} (its random password), both readable by the owner only. The
 * stored certificate is reused while it stays valid for at least {@link #RENEW_BEFORE} and names
 * exactly the wanted addresses; otherwise a new one replaces it (and its fingerprint changes).
 *
 * <p>Not thread-safe across processes: one host per data directory.
 */
public final class TlsIdentityStore {

    public static final String KEY_STORE = "host.p12";
    public static final String PASSWORD = "host.p12.password";
    public static final Duration VALIDITY = Duration.ofDays(365);
    public static final Duration RENEW_BEFORE = Duration.ofDays(14);
    /** Names every certificate carries besides the announced addresses. */
    static final List<String> DNS_NAMES = List.of("localhost");

    private static final Logger LOG = LoggerFactory.getLogger(TlsIdentityStore.class);

    private final Path directory;
    private final Clock clock;
    private final SelfSignedCertificates factory;

    public TlsIdentityStore(Path directory, Clock clock, SecureRandom random) {
        this.directory = directory;
        this.clock = clock;
        this.factory = new SelfSignedCertificates(random);
    }

    /** A store with the system clock and a fresh {@link SecureRandom}. */
    public static TlsIdentityStore in(Path directory) {
        return new TlsIdentityStore(directory, Clock.systemUTC(), new SecureRandom());
    }

    /**
     * The stored identity if it still fits {@code addresses} (plus localhost, 127.0.0.1 and ::1),
     * else a new one, stored before it is returned.
     *
     * @throws IOException if the directory or files cannot be written
     */
    public TlsIdentity loadOrCreate(List<InetAddress> addresses) throws IOException {
        List<InetAddress> wanted = subjectAddresses(addresses);
        Instant now = clock.instant();
        Optional<TlsIdentity> stored = load().filter(id -> fits(id.certificate(), wanted, now));
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            TlsIdentity created = factory.create(DNS_NAMES, wanted, now, VALIDITY);
            save(created);
            LOG.info("created a TLS certificate for {} (SHA-256 {})", wanted, created.fingerprintForDisplay());
            return created;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot create a TLS certificate: " + e.getMessage(), e);
        }
    }

    /** {@code addresses} without scope ids, then 127.0.0.1 and ::1, without duplicates. */
    static List<InetAddress> subjectAddresses(List<InetAddress> addresses) throws UnknownHostException {
        Set<InetAddress> all = new LinkedHashSet<>();
        for (InetAddress address : addresses) {
            all.add(InetAddress.getByAddress(address.getAddress()));
        }
        all.add(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        all.add(InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        return List.copyOf(all);
    }

    private Optional<TlsIdentity> load() {
        Path keyStore = directory.resolve(KEY_STORE);
        Path password = directory.resolve(PASSWORD);
        if (!Files.isRegularFile(keyStore) || !Files.isRegularFile(password)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(keyStore);
            String secret = Files.readString(password, StandardCharsets.US_ASCII).strip();
            KeyStore store = KeyStore.getInstance(TlsIdentity.KEY_STORE_TYPE);
            store.load(new ByteArrayInputStream(bytes), secret.toCharArray());
            if (!(store.getCertificate(SelfSignedCertificates.ALIAS) instanceof X509Certificate certificate)
                    || store.getKey(SelfSignedCertificates.ALIAS, secret.toCharArray()) == null) {
                LOG.warn("{} holds no host key: replacing it", keyStore);
                return Optional.empty();
            }
            return Optional.of(new TlsIdentity(certificate, bytes, secret));
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("cannot read {} ({}): replacing it", keyStore, e.toString());
            return Optional.empty();
        }
    }

    private static boolean fits(X509Certificate certificate, List<InetAddress> wanted, Instant now) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore) || now.plus(RENEW_BEFORE).isAfter(notAfter)) {
            LOG.info("the stored TLS certificate expires {}: renewing it", notAfter);
            return false;
        }
        Set<InetAddress> named = new HashSet<>(ipAddresses(certificate));
        if (!named.equals(new HashSet<>(wanted))) {
            LOG.info("the host addresses changed ({} -> {}): renewing the TLS certificate", named, wanted);
            return false;
        }
        return true;
    }

    /** The certificate's iPAddress alternative names (type 7, RFC 5280 section 4.2.1.6). */
    static List<InetAddress> ipAddresses(X509Certificate certificate) {
        List<InetAddress> found = new ArrayList<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            for (List<?> name : names == null ? List.<List<?>>of() : names) {
                if (Integer.valueOf(7).equals(name.get(0)) && name.get(1) instanceof String literal) {
                    found.add(InetAddress.getByName(literal));
                }
            }
        } catch (CertificateParsingException | UnknownHostException e) {
            return List.of();
        }
        return found;
    }

    private void save(TlsIdentity identity) throws IOException {
        Files.createDirectories(directory);
        writeOwnerOnly(directory.resolve(PASSWORD), identity.keyStorePassword().getBytes(StandardCharsets.US_ASCII));
        writeOwnerOnly(directory.resolve(KEY_STORE), identity.keyStoreBytes());
    }

    /** Writes a temporary file with mode 0600 (where POSIX), then moves it into place. */
    private void writeOwnerOnly(Path target, byte[] content) throws IOException {
        Path temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(directory, ".tmp-", "",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, ".tmp-", "");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
