package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.client.call.CallListener;
import org.vtp.client.call.CallOptions;
import org.vtp.client.call.CallSession;
import org.vtp.client.call.JoinedRoom;
import org.vtp.client.link.JoinLink;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.ScreenGrabber;
import org.vtp.client.signalling.Admission;
import org.vtp.client.signalling.AdmissionSource;
import org.vtp.client.signalling.Json;
import org.vtp.client.signalling.SignallingClient;

/**
 * One connection of a call, from an admission to published tracks: a signalling connection, its
 * {@link CallSession} (peer connection) and screen share, and the ids of our producers. A call
 * has one leg at a time; a dropped connection is replaced by a new leg on the same media engine
 * and the same local tracks. Owns, and closes in libwebrtc's order, the session, the share's
 * source and the signalling connection; never the engine or the local tracks.
 */
final class CallLeg {
    private static final Logger LOG = LoggerFactory.getLogger(CallLeg.class);

    /** What every leg of one call shares. */
    record Setup(JoinLink link, AdmissionSource admissions, String displayName, MediaEngine engine,
                 CallOptions options, Duration connectTimeout, ExecutorService workers,
                 ScheduledExecutorService media, Supplier<ScreenGrabber> grabbers) {
    }

    /**
     * The call's hold on its media engine: a leg's peer connection is created only while the engine
     * is open, and every leg created is closed before the engine (libwebrtc's order), also one
     * still being set up when the user leaves.
     */
    interface Guard {
        /** Runs {@code create} unless the call is closing (then fails with a CancellationException). */
        CallLeg create(Supplier<CallLeg> create);

        void closed(CallLeg leg);
    }

    private final Setup setup;
    private final Guard guard;
    private final Admission admission;
    private final SignallingClient signalling;
    private final CallSession session;
    private final ScreenShare screen;
    private final Map<String, String> producerIds = new ConcurrentHashMap<>();
    private volatile JoinedRoom joined;

    private CallLeg(Setup setup, Guard guard, Admission admission, SignallingClient signalling,
                    CallListener listener) {
        this.setup = setup;
        this.guard = guard;
        this.admission = admission;
        this.signalling = signalling;
        this.session = new CallSession(signalling, setup.engine(), setup.options(), setup.workers(), listener);
        this.screen = new ScreenShare(session, setup.engine(), setup.grabbers(), setup.media());
    }

    /**
     * Admission, signalling, {@code join-room} (its answer goes to {@code onJoined} at once, before
     * publishing), then one producer per given track; on failure everything this leg created is
     * closed again and the future fails with the cause.
     */
    static CompletableFuture<CallLeg> open(Setup setup, Guard guard, CallListener listener,
                                           Consumer<JoinedRoom> onJoined, MediaStreamTrack... tracks) {
        return setup.admissions().admit()
                .thenComposeAsync(pass -> SignallingClient.connect(setup.link(), pass.token(), setup.connectTimeout())
                        .thenApply(signalling -> create(setup, guard, pass, signalling, listener)), setup.workers())
                .thenCompose(leg -> leg.joinAndPublish(onJoined, tracks).handle((v, e) -> {
                    if (e != null) {
                        leg.close();
                        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    }
                    return leg;
                }));
    }

    private static CallLeg create(Setup setup, Guard guard, Admission pass, SignallingClient signalling,
                                  CallListener listener) {
        try {
            return guard.create(() -> new CallLeg(setup, guard, pass, signalling, listener));
        } catch (RuntimeException e) {
            signalling.close();
            throw e;
        }
    }

    private CompletableFuture<Void> joinAndPublish(Consumer<JoinedRoom> onJoined, MediaStreamTrack... tracks) {
        CompletableFuture<Void> done = session.join(admission.roomId(), setup.displayName())
                .thenAccept(room -> {
                    joined = room;
                    onJoined.accept(room);
                });
        for (MediaStreamTrack track : tracks) {
            if (track != null) {
                done = done.thenCompose(v -> session.publish(track))
                        .thenAccept(id -> producerIds.put(track.getKind(), id));
            }
        }
        return done;
    }

    JoinedRoom joined() {
        return joined;
    }

    /** The class's name: the join answer's, else the admission's, else empty. */
    String className() {
        String fromJoin = joined == null ? "" : joined.roomName();
        return fromJoin.isEmpty() ? admission.className() : fromJoin;
    }

    ScreenShare screen() {
        return screen;
    }

    /** protocol.md {@code pause-producer}: tells the room; failure only costs the others a hint. */
    void announcePause(String kind, boolean paused) {
        String producerId = producerIds.get(kind);
        if (producerId != null) {
            signalling.request("pause-producer", Json.object("producerId", producerId, "paused", paused),
                    setup.options().requestTimeout()).whenComplete((ack, e) -> {
                        if (e != null) {
                            LOG.debug("pause-producer refused: {}", e.getMessage());
                        }
                    });
        }
    }

    /** {@code leave-room} (bounded by the request timeout, failures ignored), then {@link #close()}. */
    CompletableFuture<Void> leave() {
        return session.leave().orTimeout(setup.options().requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> null)
                .whenComplete((v, e) -> close());
    }

    /** Peer connection, the share's source, then signalling. Idempotent. */
    void close() {
        session.close();
        screen.close();
        signalling.close();
        guard.closed(this);
    }
}
