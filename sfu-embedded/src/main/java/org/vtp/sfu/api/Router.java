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

    /** Closes every transport. Idempotent. */
    void close();
}
