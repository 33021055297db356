package org.vtp.client.call;

import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCRtpTransceiverDirection;
import dev.onvoid.webrtc.RTCRtpTransceiverInit;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.client.ice.IceConfigurations;
import org.vtp.client.ice.LoopbackCandidates;
import org.vtp.client.media.FrameCounter;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.peer.InboundVideoStats;
import org.vtp.client.peer.PeerConnections;
import org.vtp.client.signalling.Json;
import org.vtp.client.signalling.SignallingClient;

/**
 * One participant in one room over one peer connection, speaking protocol.md. State is confined
 * to a serial view of the given executor; futures complete there (do not block on it from a
 * listener).
 *
 * <p>Ownership: the session creates and closes its peer connection and placeholder tracks. The
 * caller owns the {@link SignallingClient}, the {@link MediaEngine} and the local tracks and
 * sources it publishes, and closes them after {@link #close()} (engine last).
 */
public final class CallSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallSession.class);
    private static final int CHECK_EVERY_NTH_FRAME = 5;
    private static final int CLOSE_WAIT_SECONDS = 5;

    private final SignallingClient signalling;
    private final CallOptions options;
    private final CallListener listener;
    private final SerialExecutor serial;
    private final RTCPeerConnection pc;
    private final PlaceholderTracks placeholders;
    private final Negotiator negotiator;
    private final Map<String, RemoteTrack> remote = new ConcurrentHashMap<>();
    private final Set<String> consumedProducers = new HashSet<>();
    private final Map<String, RTCRtpTransceiver> published = new ConcurrentHashMap<>();
    private final Map<String, String> producerKinds = new ConcurrentHashMap<>();
    private final List<JSONObject> unsentCandidates = new ArrayList<>();
    private volatile String peerId;
    private volatile boolean closed;

    public CallSession(SignallingClient signalling, MediaEngine engine, CallOptions options,
                       Executor executor, CallListener listener) {
        this.signalling = signalling;
        this.options = options;
        this.listener = listener;
        this.serial = new SerialExecutor(executor);
        this.pc = engine.createPeerConnection(IceConfigurations.create(options.networkMode()), observer());
        this.placeholders = new PlaceholderTracks(engine);
        this.negotiator = new Negotiator(pc, serial, sdp -> request("connect-transport", sdp), this::flushCandidates,
                () -> closed);
        new ServerEvents(this).register(signalling);
    }

    /** {@code join-room}; with autoConsume, consumes every producer already in the room. */
    public CompletableFuture<JoinedRoom> join(String roomId, String displayName) {
        return request("join-room", Json.object("roomId", roomId, "displayName", displayName))
                .thenApplyAsync(ack -> {
                    JoinedRoom joined = RoomMessages.joined(ack);
                    peerId = joined.peerId();
                    joined.peers().forEach(p -> p.producers().forEach(pr -> producerKinds.put(pr.producerId(), pr.kind())));
                    if (options.autoConsume()) {
                        joined.peers().forEach(p -> p.producers().forEach(pr -> autoConsume(pr.producerId())));
                    }
                    return joined;
                }, serial);
    }

    /** {@code produce}, then a sendonly transceiver; completes with the producer id once negotiated. */
    public CompletableFuture<String> publish(MediaStreamTrack track) {
        return request("produce", Json.object("kind", track.getKind()))
                .thenApplyAsync(ack -> {
                    String producerId = Json.string(ack, "producerId");
                    ensureOpen();
                    RTCRtpTransceiver transceiver = pc.addTransceiver(track, init(RTCRtpTransceiverDirection.SEND_ONLY));
                    negotiator.bind(transceiver, producerId);
                    published.put(producerId, transceiver);
                    return producerId;
                }, serial)
                .thenComposeAsync(id -> negotiator.request().thenApply(v -> id), serial);
    }

    /**
     * {@code close-producer} for one of our producers, then stops its transceiver and renegotiates;
     * completes once the new offer is answered. The caller disposes the track's source afterwards.
     */
    public CompletableFuture<Void> unpublish(String producerId) {
        return request("close-producer", Json.object("producerId", producerId))
                .thenComposeAsync(ack -> {
                    RTCRtpTransceiver transceiver = published.remove(producerId);
                    if (transceiver == null || closed) {
                        return CompletableFuture.completedFuture(null);
                    }
                    negotiator.unbind(transceiver);
                    retire(transceiver);
                    return negotiator.request();
                }, serial);
    }

    /** {@code consume}, then a recvonly transceiver; completes once negotiated. */
    public CompletableFuture<RemoteTrack> consume(String producerId) {
        return CompletableFuture.supplyAsync(() -> consumedProducers.add(producerId), serial)
                .thenCompose(fresh -> fresh ? consumeFresh(producerId)
                        : CompletableFuture.failedFuture(new IllegalStateException("already consuming " + producerId)));
    }

    private CompletableFuture<RemoteTrack> consumeFresh(String producerId) {
        CompletableFuture<RemoteTrack> added = request("consume", Json.object("producerId", producerId))
                .thenApplyAsync(this::addConsumer, serial);
        // Refused or timed out before a transceiver existed: a later consume may try again.
        added.whenCompleteAsync((track, error) -> {
            if (error != null) {
                consumedProducers.remove(producerId);
            }
        }, serial);
        return added.thenComposeAsync(track -> negotiator.request().thenApply(v -> track), serial);
    }

    private RemoteTrack addConsumer(JSONObject ack) {
        String kind = RoomMessages.kind(ack);
        ensureOpen();
        RTCRtpTransceiver transceiver = pc.addTransceiver(placeholders.forKind(kind),
                init(RTCRtpTransceiverDirection.RECV_ONLY));
        FrameCounter counter = null;
        if (transceiver.getReceiver().getTrack() instanceof VideoTrack video) {
            counter = new FrameCounter(CHECK_EVERY_NTH_FRAME);
            video.addSink(counter);
        }
        RemoteTrack track = new RemoteTrack(Json.string(ack, "consumerId"), Json.string(ack, "producerId"),
                ack.optString("peerId", ""), kind, transceiver, counter);
        remote.put(track.consumerId(), track);
        negotiator.bind(transceiver, track.consumerId());
        listener.onRemoteTrack(track);
        return track;
    }

    void autoConsume(String producerId) {
        if (closed) {
            return;
        }
        consume(producerId).whenComplete((track, error) -> {
            if (error != null) {
                listener.onError(error);
            }
        });
    }

    /**
     * The server closed a producer we consume: stop its transceiver and renegotiate. Ignored after
     * {@link #close()}: the others' producers close as we leave, and the peer connection is gone.
     */
    void producerClosed(String producerId) {
        if (closed) {
            return;
        }
        remote.values().stream().filter(t -> t.producerId().equals(producerId)).findFirst().ifPresent(track -> {
            remote.remove(track.consumerId());
            producerKinds.remove(producerId);
            consumedProducers.remove(producerId);
            negotiator.unbind(track.transceiver());
            if (track.frameCounter() != null && track.track() instanceof VideoTrack video) {
                video.removeSink(track.frameCounter());
            }
            retire(track.transceiver());
            listener.onRemoteTrackEnded(track);
            negotiator.request().whenComplete((v, e) -> reportError(e));
        });
    }

    /**
     * Stops a transceiver we no longer use, except the first one: that m-section is the BUNDLE
     * tag, and rejecting it makes libwebrtc move media to a new transport (an ICE restart the SFU
     * refuses). The first one is parked inactive instead, and the SFU answers it inactive.
     */
    private void retire(RTCRtpTransceiver transceiver) {
        RTCRtpTransceiver[] all = pc.getTransceivers();
        String mid = transceiver.getMid();
        if (all.length > 0 && mid != null && mid.equals(all[0].getMid())) {
            transceiver.setDirection(RTCRtpTransceiverDirection.INACTIVE);
        } else {
            transceiver.stop();
        }
    }

    /** The signalling connection dropped: reported unless we closed first. */
    void signallingClosed(String reason) {
        if (!closed) {
            listener.onSignallingClosed(reason);
        }
    }

    /** Remembers an announced producer's kind: {@code producerPaused} names only the id. */
    void producerAnnounced(String producerId, String kind) {
        producerKinds.put(producerId, kind);
    }

    /** protocol.md {@code producerPaused}: reported with the producer's kind when known. */
    void producerPaused(String producerId, String producerPeerId, boolean paused) {
        String kind = producerKinds.get(producerId);
        if (kind != null && !producerPeerId.equals(peerId)) {
            listener.onProducerPaused(producerPeerId, producerId, kind, paused);
        }
    }

    private static RTCRtpTransceiverInit init(RTCRtpTransceiverDirection direction) {
        RTCRtpTransceiverInit init = new RTCRtpTransceiverInit();
        init.direction = direction;
        init.streamIds = List.of("vtp");
        return init;
    }

    private PeerConnectionObserver observer() {
        return new PeerConnectionObserver() {
            @Override
            public void onIceCandidate(RTCIceCandidate candidate) {
                serial.execute(() -> announce(candidate));
            }

            @Override
            public void onConnectionChange(RTCPeerConnectionState state) {
                LOG.debug("peer connection {}", state);
                switch (state) {
                    case FAILED -> report(listener::onPeerConnectionFailed);
                    case DISCONNECTED -> report(() -> listener.onMediaInterrupted(true));
                    case CONNECTED -> report(() -> listener.onMediaInterrupted(false));
                    default -> { }
                }
            }
        };
    }

    /** Tells the listener on the session's executor, unless the session was closed meanwhile. */
    private void report(Runnable event) {
        serial.execute(() -> {
            if (!closed) {
                event.run();
            }
        });
    }

    /** Trickle ICE: candidates wait until the server has our first offer. */
    private void announce(RTCIceCandidate candidate) {
        LoopbackCandidates.forMode(options.networkMode(), candidate.sdp).ifPresent(line -> {
            JSONObject payload = Json.object("candidate", line, "sdpMid", candidate.sdpMid,
                    "sdpMLineIndex", candidate.sdpMLineIndex);
            if (negotiator.answered()) {
                sendCandidate(payload);
            } else {
                unsentCandidates.add(payload);
            }
        });
    }

    private void flushCandidates() {
        unsentCandidates.forEach(this::sendCandidate);
        unsentCandidates.clear();
    }

    private void sendCandidate(JSONObject payload) {
        request("ice-candidate", payload).whenComplete((ack, e) -> {
            if (e != null) {
                LOG.debug("ice-candidate refused: {}", e.getMessage());
            }
        });
    }

    private void reportError(Throwable error) {
        if (error != null) {
            listener.onError(error);
        }
    }

    CompletableFuture<JSONObject> request(String event, JSONObject payload) {
        return signalling.request(event, payload, options.requestTimeout());
    }

    boolean autoConsumes() {
        return options.autoConsume();
    }

    CallListener listener() {
        return listener;
    }

    Executor serial() {
        return serial;
    }

    /** Our peer id once joined, else null. */
    public String peerId() {
        return peerId;
    }

    public List<RemoteTrack> remoteTracks() {
        return List.copyOf(remote.values());
    }

    public RTCPeerConnectionState connectionState() {
        return pc.getConnectionState();
    }

    /** Decoder statistics summed over every consumed video track (inbound-rtp). */
    public CompletableFuture<InboundVideoStats> inboundVideoStats() {
        return PeerConnections.stats(pc).thenApply(InboundVideoStats::from);
    }

    /** Video frames delivered to this session's frame counters, over all consumers. */
    public long videoFramesSeen() {
        return remote.values().stream().map(RemoteTrack::frameCounter).filter(c -> c != null)
                .mapToLong(c -> c.snapshot().frames()).sum();
    }

    /** {@code leave-room}, then {@link #close()}. */
    public CompletableFuture<Void> leave() {
        return request("leave-room", new JSONObject())
                .handleAsync((ack, e) -> {
                    close();
                    return null;
                }, serial);
    }

    /** Transceivers of a closed peer connection are freed natively: using one crashes the JVM. */
    private void ensureOpen() {
        if (closed) {
            throw new CancellationException("the session is closed");
        }
    }

    /**
     * Closes the peer connection, then the placeholder tracks. Idempotent; blocks until done. Runs
     * on the serial executor (waiting up to {@value #CLOSE_WAIT_SECONDS} s for it) so that no
     * session task touches the connection while or after it closes.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (serial.inExecutor()) {
            closeNow();
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            serial.execute(() -> {
                closeNow();
                done.complete(null);
            });
            done.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException | ExecutionException | TimeoutException e) {
            LOG.debug("closing without the session executor: {}", e.toString());
        }
        closeNow();
    }

    private synchronized void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        pc.close();
        placeholders.close();
    }
}
