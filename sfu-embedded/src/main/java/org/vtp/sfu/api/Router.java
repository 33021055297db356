package org.vtp.sfu.api;

import java.util.Collection;
import java.util.Optional;

/** One room's media: its transports and the forwarding between their producers and consumers. */
public interface Router {

    String id();

    WebRtcTransport createTransport(String transportId, TransportListener listener) throws SfuException;

    Optional<WebRtcTransport> transport(String transportId);

    Optional<Producer> producer(String producerId);

    Collection<WebRtcTransport> transports();

    /**
     * The video codec this room's producers are asked to send: {@link Codec#VP8} unless a client
     * whose offers lack VP8 is connected and every client offers {@link Codec#H264}; re-chosen
     * with every applied offer and when a transport closes. A sender adopts a new choice at its
     * next offer; receivers are answered every forwarded codec they offer, so they follow.
     */
    Codec videoCodec();

    /** Closes every transport. Idempotent. */
    void close();
}
