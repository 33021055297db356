package org.vtp.sfu.api;

import java.util.Collection;
import java.util.Map;

/**
 * One client's WebRTC connection to the SFU: ICE (controlled), DTLS-SRTP, BUNDLE and rtcp-mux,
 * negotiated by client offers (the client is always the offerer).
 *
 * <p>Flow: declare producers with {@link #produce} and consumers with {@link #consume}, then apply
 * the client's offer with {@link #applyOffer}, naming which m-section (by mid) carries which
 * producer or consumer. Each later change is a new offer covering all m-sections.
 */
public interface WebRtcTransport {

    String id();

    TransportState state();

    /** Declares an incoming track; it is bound to an m-section by a later offer. */
    Producer produce(String producerId, MediaKind kind) throws SfuException;

    /**
     * Declares an outgoing copy of a producer of the same router; bound by a later offer. In the
     * answer its track is announced as {@code a=msid:<producer transport id> <consumer id>}, so a
     * client groups the tracks of one sender by the sender's transport id.
     */
    Consumer consume(String consumerId, String producerId) throws SfuException;

    /**
     * Applies a client offer and returns the SDP answer. Every sending m-section's mid must map to
     * a declared producer, every receiving one to a declared consumer; unmapped sections are
     * rejected in the answer (port 0). A refused offer changes nothing.
     *
     * @param midToId mid → producer or consumer id
     */
    String applyOffer(String offerSdp, Map<String, String> midToId) throws SfuException;

    /** A trickled remote ICE candidate ({@code candidate:...} with or without the {@code a=}). */
    void addRemoteCandidate(String candidate) throws SfuException;

    Collection<Producer> producers();

    Collection<Consumer> consumers();

    /** Closes the connection, its producers (and so their consumers elsewhere) and its consumers. */
    void close();
}
