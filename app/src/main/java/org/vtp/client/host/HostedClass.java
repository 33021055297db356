package org.vtp.client.host;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.client.link.JoinLink;
import org.vtp.client.signalling.Admission;
import org.vtp.client.signalling.AdmissionSource;
import org.vtp.client.signalling.SignallingException;
import org.vtp.server.HostAddresses;
import org.vtp.server.VtpServer;
import org.vtp.server.account.AccountException;
import org.vtp.server.account.User;
import org.vtp.server.auth.TokenService;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.ClassroomStore;
import org.vtp.server.tls.TlsIdentity;
import org.vtp.sfu.Sfu;

/**
 * A class being hosted by this process: its join links and certificate, and {@link #stop()}, which
 * ends the class for everyone (every participant's signalling connection closes) and frees the
 * ports. Owns the server and the SFU. Thread-safe.
 */
public final class HostedClass implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostedClass.class);

    private final Classroom classroom;
    private final VtpServer server;
    private final Sfu sfu;
    private final List<InetAddress> announced;
    private final Duration startDuration;
    private final AtomicBoolean stopped = new AtomicBoolean();

    HostedClass(Classroom classroom, VtpServer server, Sfu sfu, List<InetAddress> announced, Duration startDuration) {
        this.classroom = classroom;
        this.server = server;
        this.sfu = sfu;
        this.announced = List.copyOf(announced);
        this.startDuration = startDuration;
    }

    /** The class's name as participants see it. */
    public String className() {
        return classroom.name();
    }

    /** The join code: the last segment of the join links. */
    public String code() {
        return classroom.code();
    }

    /** The signalling {@code roomId} of the class ({@code join-room}). */
    public String roomId() {
        return classroom.id();
    }

    /**
     * A fresh access token of the class's owner (the local admin), for the host's own participant:
     * minted in-process, valid for {@link TokenService#ACCESS_TTL} (the server checks it once, at
     * the signalling handshake).
     *
     * @throws IOException if the owner's account cannot be read
     */
    public String ownerToken() throws IOException {
        try {
            User owner = server.accounts().service().profile(classroom.ownerId());
            return server.accounts().tokens().issueAccessToken(owner.id(), owner.displayName(), owner.role(),
                    owner.tokenVersion());
        } catch (SQLException | AccountException e) {
            throw new IOException("cannot read the class owner's account: " + e.getMessage(), e);
        }
    }

    /**
     * The owner's seat, re-admitted on every (re)join: each {@link AdmissionSource#admit()} mints a
     * fresh {@link #ownerToken()} (so a reconnect after the first token's 15 minutes still gets in)
     * with this class's room id and name; it fails once the class is stopped.
     */
    public AdmissionSource ownerAdmissions() {
        return () -> {
            if (isStopped()) {
                return CompletableFuture.failedFuture(new SignallingException("NOT_FOUND", "the class has ended"));
            }
            try {
                return CompletableFuture.completedFuture(new Admission(ownerToken(), roomId(), className()));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(new SignallingException(SignallingException.DISCONNECTED,
                        e.getMessage()));
            }
        };
    }

    /** The link to show (text and QR code): the first announced address, pinning the certificate. */
    public JoinLink joinLink() {
        return joinLinks().get(0);
    }

    /**
     * Whether a name alone admits (a guest token by the link's code); on by default. Students
     * without a guest admission need an account on this server.
     *
     * @throws IOException if the class cannot be updated
     */
    public void admitGuests(boolean allowed) throws IOException {
        try {
            server.accounts().classrooms().update(classroom.id(), new ClassroomStore.Patch(Optional.empty(),
                    Optional.of(allowed), Optional.empty(), Optional.empty()));
        } catch (SQLException e) {
            throw new IOException("cannot change the class: " + e.getMessage(), e);
        }
    }

    /** One link per announced address (a laptop on Wi-Fi and Ethernet has two), same room and pin. */
    public List<JoinLink> joinLinks() {
        String fingerprint = tls().fingerprintSha256();
        return announced.stream()
                .map(a -> JoinLink.of(URI.create("https://" + HostAddresses.urlHost(a) + ":" + server.httpPort()),
                        classroom.code(), fingerprint))
                .toList();
    }

    /** {@code http://127.0.0.1:<port>/join/<code>}: the class in the host's own browser, no warning. */
    public URI localBrowserUri() {
        return server.localPlainUri().orElseThrow().resolve("/join/" + classroom.code());
    }

    /** The certificate's SHA-256 as people compare it ({@code AB:CD:...}), to show beside the link. */
    public String fingerprintForDisplay() {
        return tls().fingerprintForDisplay();
    }

    /** The served certificate. */
    public TlsIdentity tls() {
        return server.tlsIdentity().orElseThrow();
    }

    public int httpsPort() {
        return server.httpPort();
    }

    public int mediaPort() {
        return sfu.mediaPort();
    }

    /** From {@link ClassHost#start} called to the link being live (port bound, certificate ready). */
    public Duration startDuration() {
        return startDuration;
    }

    public boolean isStopped() {
        return stopped.get();
    }

    /**
     * Ends the class: closes every participant's connection and room, then the SFU. Idempotent;
     * blocks up to a few seconds (call it off the UI thread).
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
        } finally {
            sfu.close();
            LOG.info("class {} ended", classroom.name());
        }
    }

    @Override
    public void close() {
        stop();
    }
}
