package org.vtp.sfu.router;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.sdp.MediaPolicy;
import org.vtp.sfu.transport.VideoCodecChoice;

/**
 * One router's video codec: what each transport's latest applied offer offers, and the choice
 * {@link MediaPolicy#classVideoCodec} makes over them, starting at VP8. Transports call it from
 * their signalling threads, the router when one closes.
 */
final class ClassVideoCodec implements VideoCodecChoice {

    private final Map<String, Set<Codec>> offeredByTransport = new HashMap<>();
    private Codec current = Codec.VP8;

    @Override
    public synchronized Codec videoCodecWith(String transportId, Optional<Set<Codec>> offered) {
        return MediaPolicy.classVideoCodec(with(transportId, offered).values(), current);
    }

    @Override
    public synchronized void offerApplied(String transportId, Optional<Set<Codec>> offered) {
        Map<String, Set<Codec>> next = with(transportId, offered);
        current = MediaPolicy.classVideoCodec(next.values(), current);
        offeredByTransport.clear();
        offeredByTransport.putAll(next);
    }

    /** A transport closed: it no longer constrains the choice (VP8 comes back when it can). */
    synchronized void transportClosed(String transportId) {
        offeredByTransport.remove(transportId);
        current = MediaPolicy.classVideoCodec(offeredByTransport.values(), current);
    }

    synchronized Codec current() {
        return current;
    }

    private Map<String, Set<Codec>> with(String transportId, Optional<Set<Codec>> offered) {
        Map<String, Set<Codec>> next = new HashMap<>(offeredByTransport);
        next.remove(transportId);
        offered.ifPresent(set -> next.put(transportId, Set.copyOf(set)));
        return next;
    }
}
