package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;

/**
 * Answers a client's offers for one transport (the client is always the offerer). One instance per
 * transport: it keeps the answer's session id and raises the version with every answer
 * (RFC 3264 §8). Calls are serialised by the caller (one offer in flight per transport); the
 * method is synchronized only as a guard.
 *
 * <p>Policy: see {@link MediaPolicy}. A section the caller wants but whose offer has no codec the
 * SFU forwards is answered with port 0 and reported as {@link RejectedSection.Cause#NO_COMMON_CODEC}; the
 * caller decides whether that fails its request (the signalling layer reports UNSUPPORTED).
 */
public final class SdpNegotiator {

    private final String sessionId;
    private long version;

    /** @param random source of the 63-bit session id (a {@code SecureRandom} in production) */
    public SdpNegotiator(RandomGenerator random) {
        long id = random.nextLong() & Long.MAX_VALUE;
        this.sessionId = Long.toString(id == 0 ? 1 : id);
    }

    /** The {@code o=} session id every answer of this negotiator carries. */
    public String sessionId() {
        return sessionId;
    }

    /**
     * Validates an offer and writes the answer, VP8 preferred.
     *
     * @param offerSdp  the client's offer
     * @param local     the SFU's ICE and DTLS parameters for this transport
     * @param decisions mid → decision; a mid without one is rejected
     * @throws SdpNegotiationException if the offer is malformed or cannot be answered; nothing changes
     */
    public NegotiationResult negotiate(String offerSdp, LocalTransportParams local,
                                       Map<String, MidDecision> decisions) throws SdpNegotiationException {
        return negotiate(offerSdp, local, decisions, Codec.VP8);
    }

    /**
     * Validates an offer and writes the answer; sections the SFU receives on get
     * {@code preferredVideo} when the client offers it (the class's codec, {@link MediaPolicy}).
     *
     * @throws SdpNegotiationException if the offer is malformed or cannot be answered; nothing changes
     */
    public synchronized NegotiationResult negotiate(String offerSdp, LocalTransportParams local,
                                                    Map<String, MidDecision> decisions, Codec preferredVideo)
            throws SdpNegotiationException {
        SessionDescription offer;
        try {
            offer = SessionDescription.parse(offerSdp);
        } catch (SdpParseException e) {
            throw new SdpNegotiationException(SdpNegotiationException.Reason.MALFORMED, e.getMessage(), e);
        }
        List<SectionPlan> plans = OfferPlanner.plan(offer, Map.copyOf(decisions), preferredVideo);
        Optional<MediaSection> tag = BundleTag.select(offer, plans);
        RemoteTransport remote = TransportCheck.check(offer, tag);
        String answer = AnswerWriter.write(sessionId, version + 1, local, plans, tag);
        version++;
        return new NegotiationResult(answer, remote, acceptedSections(plans), rejectedSections(plans));
    }

    private static List<NegotiatedSection> acceptedSections(List<SectionPlan> plans) {
        List<NegotiatedSection> out = new ArrayList<>();
        for (SectionPlan plan : plans) {
            if (plan instanceof SectionPlan.Accepted a) {
                out.add(describe(a));
            }
        }
        return out;
    }

    private static NegotiatedSection describe(SectionPlan.Accepted a) {
        Map<String, Integer> extensions = new LinkedHashMap<>();
        a.extensions().forEach(e -> extensions.put(e.uri(), e.id()));
        boolean receives = a.decision() instanceof MidDecision.Receive;
        List<Long> ssrcs = receives ? a.offered().primarySsrcs() : List.of();
        Optional<Integer> midId = receives ? Optional.ofNullable(extensions.get(MediaPolicy.MID_URI)) : Optional.empty();
        List<NegotiatedCodec> codecs = a.codecs().stream().map(c -> describe(a.kind(), c)).toList();
        return new NegotiatedSection(a.offered().mid().orElseThrow(), a.kind(), a.decision(), codecs, extensions,
                ssrcs, midId);
    }

    private static NegotiatedCodec describe(MediaKind kind, CodecChoice choice) {
        RtpMap map = choice.rtpMap();
        int channels = kind == MediaKind.AUDIO ? map.channels() : 1;
        return new NegotiatedCodec(choice.codec(), map.payloadType(), map.clockRate(), channels, choice.rtcpFeedback());
    }

    private static List<RejectedSection> rejectedSections(List<SectionPlan> plans) {
        List<RejectedSection> out = new ArrayList<>();
        for (SectionPlan plan : plans) {
            if (plan instanceof SectionPlan.Rejected r) {
                out.add(new RejectedSection(r.offered().mid().orElseThrow(), r.offered().media(), r.cause()));
            }
        }
        return out;
    }
}
