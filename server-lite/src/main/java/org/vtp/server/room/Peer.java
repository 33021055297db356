package org.vtp.server.room;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.WebRtcTransport;

/**
 * One participant of a room: its SFU transport (id = peer id), its tracks and consumers. Owned by
 * its {@link Room}; confined to the room's executor.
 */
public final class Peer {

    /** At most this many producers per peer (protocol.md, {@code produce}). */
    public static final int MAX_PRODUCERS = 4;
    /** At most this many consumers per peer: bounds what one client can make the SFU hold. */
    public static final int MAX_CONSUMERS = 200;

    private final String id;
    private final Principal principal;
    private final WebRtcTransport transport;
    private final PeerChannel channel;
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final Map<String, Consumer> consumers = new LinkedHashMap<>();

    Peer(String id, Principal principal, WebRtcTransport transport, PeerChannel channel) {
        this.id = id;
        this.principal = principal;
        this.transport = transport;
        this.channel = channel;
    }

    public String id() {
        return id;
    }

    /** Who this participant is; its display name is the one others see. */
    public Principal principal() {
        return principal;
    }

    public String displayName() {
        return principal.displayName();
    }

    public Role role() {
        return principal.role();
    }

    public WebRtcTransport transport() {
        return transport;
    }

    public PeerChannel channel() {
        return channel;
    }

    public Collection<Track> tracks() {
        return List.copyOf(tracks.values());
    }

    /** The tracks the room has been told of: what other peers may see and consume. */
    public List<Track> announcedTracks() {
        return tracks.values().stream().filter(Track::isAnnounced).toList();
    }

    public Optional<Track> track(String producerId) {
        return Optional.ofNullable(tracks.get(producerId));
    }

    public Collection<Consumer> consumers() {
        return List.copyOf(consumers.values());
    }

    public Optional<Consumer> consumer(String consumerId) {
        return Optional.ofNullable(consumers.get(consumerId));
    }

    Track produce(String producerId, MediaKind kind) throws RoomException, SfuException {
        if (tracks.size() >= MAX_PRODUCERS) {
            throw new RoomException(RoomException.Reason.LIMIT_EXCEEDED,
                    "at most " + MAX_PRODUCERS + " producers per participant");
        }
        Track track = new Track(transport.produce(producerId, kind));
        tracks.put(producerId, track);
        return track;
    }

    Consumer consume(String consumerId, String producerId) throws RoomException, SfuException {
        if (consumers.size() >= MAX_CONSUMERS) {
            throw new RoomException(RoomException.Reason.LIMIT_EXCEEDED,
                    "at most " + MAX_CONSUMERS + " consumers per participant");
        }
        Consumer consumer = transport.consume(consumerId, producerId);
        consumers.put(consumerId, consumer);
        return consumer;
    }

    /** Marks the tracks an offer just bound as announced and returns them. */
    List<Track> announceNewlyBound() {
        List<Track> announced = new ArrayList<>();
        for (Track track : tracks.values()) {
            if (track.announceIfBound()) {
                announced.add(track);
            }
        }
        return announced;
    }

    Track removeTrack(String producerId) {
        return tracks.remove(producerId);
    }

    Consumer removeConsumer(String consumerId) {
        return consumers.remove(consumerId);
    }

    /** Drops (without closing: the SFU closed them) the consumers fed by these producers. */
    void forgetConsumersOf(Collection<String> producerIds) {
        consumers.values().removeIf(c -> producerIds.contains(c.producerId()));
    }
}
