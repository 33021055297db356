package org.vtp.server.room;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.auth.Principal;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.Router;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportListener;
import org.vtp.sfu.api.TransportState;

/**
 * One class: its peers and the SFU router they share. Every method must run on {@link #executor()}
 * (the room's serial executor); SFU callbacks are posted onto it. The room creates its router on the
 * first join and closes it, and itself, when the last peer leaves; then {@code onClosed} tells the
 * registry. Closing a peer's transport closes its producers and so the consumers of them elsewhere.
 */
public final class Room {

    /** Room ids (protocol.md): 1-64 of letters, digits, '_' and '-'; safe in URLs and logs. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final Logger LOG = LoggerFactory.getLogger(Room.class);

    private final String id;
    private final RouterFactory routerFactory;
    private final Executor executor;
    private final String routerId;
    private final java.util.function.Consumer<Room> onClosed;
    private final Map<String, Peer> peers = new LinkedHashMap<>();
    private Router router;
    private volatile boolean closed;

    Room(String id, RouterFactory routerFactory, Executor executor, String routerId,
            java.util.function.Consumer<Room> onClosed) {
        this.id = id;
        this.routerFactory = routerFactory;
        this.executor = executor;
        this.routerId = routerId;
        this.onClosed = onClosed;
    }

    public String id() {
        return id;
    }

    /** The serial executor every method of this room and its peers must run on. */
    public Executor executor() {
        return executor;
    }

    /** True once the room emptied and closed; a join that finds it closed must ask the registry again. */
    public boolean isClosed() {
        return closed;
    }

    public Collection<Peer> peers() {
        return List.copyOf(peers.values());
    }

    public Optional<Peer> peer(String peerId) {
        return Optional.ofNullable(peers.get(peerId));
    }

    /** Everyone but the given peer, in join order. */
    public List<Peer> others(String peerId) {
        return peers.values().stream().filter(p -> !p.id().equals(peerId)).toList();
    }

    /** Adds a peer with a new transport (id = peer id); a refused join leaves the room as it was. */
    public Peer join(String peerId, Principal principal, PeerChannel channel) throws SfuException {
        if (closed) {
            throw new IllegalStateException("room " + id + " is closed");
        }
        try {
            if (router == null) {
                router = routerFactory.createRouter(routerId);
                LOG.info("room {} opened", id);
            }
            Peer peer = new Peer(peerId, principal, router.createTransport(peerId, listenerFor(peerId)), channel);
            peers.put(peerId, peer);
            LOG.info("peer {} joined room {} ({} in room)", peerId, id, peers.size());
            return peer;
        } catch (SfuException | RuntimeException e) {
            closeIfEmpty();
            throw e;
        }
    }

    /**
     * Removes a peer and closes its transport. @return the peer and its announced tracks (which the
     * others must be told are closed), or empty if it was not here.
     */
    public Optional<Departure> leave(String peerId) {
        Peer peer = peers.remove(peerId);
        if (peer == null) {
            return Optional.empty();
        }
        List<Track> announced = peer.announcedTracks();
        peer.transport().close();
        forgetConsumersOf(peer.tracks().stream().map(Track::id).toList());
        LOG.info("peer {} left room {} ({} in room)", peerId, id, peers.size());
        closeIfEmpty();
        return Optional.of(new Departure(peer, announced));
    }

    public Track produce(Peer peer, String producerId, MediaKind kind) throws RoomException, SfuException {
        return peer.produce(producerId, kind);
    }

    /** A consumer of another peer's announced track; own or unknown tracks are NOT_FOUND. */
    public Consumer consume(Peer peer, String consumerId, String producerId) throws RoomException, SfuException {
        Optional<Peer> owner = ownerOf(producerId);
        boolean visible = owner.flatMap(o -> o.track(producerId)).map(Track::isAnnounced).orElse(false);
        if (!visible || owner.get() == peer) {
            throw new RoomException(RoomException.Reason.NOT_FOUND, "no producer " + producerId + " to consume");
        }
        return peer.consume(consumerId, producerId);
    }

    /** Applies a client offer. @return the answer and the tracks it bound for the first time. */
    public OfferResult applyOffer(Peer peer, String offerSdp, Map<String, String> midToId) throws SfuException {
        String answer = peer.transport().applyOffer(offerSdp, midToId);
        return new OfferResult(answer, peer.announceNewlyBound());
    }

    /**
     * Closes one of the peer's producers (the caller checked who may); consumers of it elsewhere go
     * with it.
     */
    public Track closeProducer(Peer peer, String producerId) throws RoomException {
        Track track = ownTrack(peer, producerId);
        peer.removeTrack(producerId);
        track.producer().close();
        forgetConsumersOf(Set.of(producerId));
        return track;
    }

    public void closeConsumer(Peer peer, String consumerId) throws RoomException {
        Consumer consumer = peer.removeConsumer(consumerId);
        if (consumer == null) {
            throw new RoomException(RoomException.Reason.NOT_FOUND, "no consumer " + consumerId);
        }
        consumer.close();
    }

    /** @return the track and whether its paused flag changed */
    public PauseResult pauseProducer(Peer peer, String producerId, boolean paused) throws RoomException {
        Track track = ownTrack(peer, producerId);
        return new PauseResult(track, track.setPaused(paused));
    }

    /**
     * Ends the class for everyone: tells each peer why and ends its connection, then closes the
     * room. Peers are told before their transports close, so a client learns the class is over
     * before its media stops.
     *
     * @return completes once every peer's connection has closed (callers bound the wait)
     */
    public CompletableFuture<Void> end(EndReason reason) {
        List<CompletableFuture<Void>> gone = new ArrayList<>();
        for (Peer peer : peers.values()) {
            gone.add(peer.channel().end(reason).toCompletableFuture());
        }
        LOG.info("room {} ended ({}, {} told)", id, reason, gone.size());
        close();
        return CompletableFuture.allOf(gone.toArray(CompletableFuture[]::new));
    }

    /** Closes every transport and the router. Idempotent. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Peer peer : List.copyOf(peers.values())) {
            peer.transport().close();
        }
        peers.clear();
        if (router != null) {
            router.close();
        }
        LOG.info("room {} closed", id);
        onClosed.accept(this);
    }

    /** Closes the room if nobody is in it (a join that was abandoned before it started). */
    public void closeIfEmpty() {
        if (peers.isEmpty()) {
            close();
        }
    }

    private Track ownTrack(Peer peer, String producerId) throws RoomException {
        Optional<Track> own = peer.track(producerId);
        if (own.isPresent()) {
            return own.get();
        }
        if (ownerOf(producerId).isPresent()) {
            throw new RoomException(RoomException.Reason.FORBIDDEN, "producer " + producerId + " is not yours");
        }
        throw new RoomException(RoomException.Reason.NOT_FOUND, "no producer " + producerId);
    }

    /** The peer whose track this is, if any. */
    public Optional<Peer> ownerOf(String producerId) {
        return peers.values().stream().filter(p -> p.track(producerId).isPresent()).findFirst();
    }

    private void forgetConsumersOf(Collection<String> producerIds) {
        if (!producerIds.isEmpty()) {
            peers.values().forEach(p -> p.forgetConsumersOf(producerIds));
        }
    }

    /** SFU callbacks come on SFU threads: hop onto the room's executor before touching state. */
    private TransportListener listenerFor(String peerId) {
        return new TransportListener() {
            @Override
            public void onStateChange(TransportState state) {
                executor.execute(() -> peer(peerId).ifPresent(p -> p.channel().onTransportState(state)));
            }

            @Override
            public void onConsumerClosed(String consumerId, String producerId) {
                executor.execute(() -> peer(peerId).ifPresent(p -> p.removeConsumer(consumerId)));
            }
        };
    }

    /** A peer that left, with the announced tracks that closed with it. */
    public record Departure(Peer peer, List<Track> closedTracks) {
        public Departure {
            closedTracks = List.copyOf(closedTracks);
        }
    }

    /** The SDP answer and the tracks the offer bound for the first time (to announce). */
    public record OfferResult(String answerSdp, List<Track> newlyBound) {
    }

    /** A track after a pause request, and whether its state changed. */
    public record PauseResult(Track track, boolean changed) {
    }
}
