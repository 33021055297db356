package org.vtp.sfu.sdp;

import static org.vtp.sfu.sdp.SdpNegotiationException.Reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;

/**
 * Decides, section by section in offer order, whether and how each m-section is answered
 * (JSEP RFC 8829 §5.3.1), and refuses decisions that contradict the offer.
 */
final class OfferPlanner {

    static final String PROTO = "UDP/TLS/RTP/SAVPF";

    private OfferPlanner() {
    }

    /** @param preferredVideo the video codec to answer where the SFU receives, when offered */
    static List<SectionPlan> plan(SessionDescription offer, Map<String, MidDecision> decisions, Codec preferredVideo)
            throws SdpNegotiationException {
        checkMids(offer, decisions);
        List<SectionPlan> plans = new ArrayList<>();
        for (MediaSection section : offer.mediaSections()) {
            MidDecision decision = decisions.get(section.mid().orElseThrow());
            plans.add(planSection(offer, section, decision != null ? decision : undecided(offer, section),
                    preferredVideo));
        }
        return plans;
    }

    private static void checkMids(SessionDescription offer, Map<String, MidDecision> decisions)
            throws SdpNegotiationException {
        Set<String> mids = new HashSet<>();
        for (MediaSection section : offer.mediaSections()) {
            Optional<String> mid = section.mid();
            if (mid.isEmpty()) {
                throw new SdpNegotiationException(Reason.MISSING_MID, "an m=" + section.media() + " section has no a=mid");
            }
            if (!mids.add(mid.get())) {
                throw new SdpNegotiationException(Reason.MALFORMED, "mid '" + mid.get() + "' appears twice");
            }
        }
        for (String mid : decisions.keySet()) {
            if (!mids.contains(mid)) {
                throw new SdpNegotiationException(Reason.UNKNOWN_MID, "the offer has no mid '" + mid + "'");
            }
        }
    }

    private static SectionPlan planSection(SessionDescription offer, MediaSection section, MidDecision decision,
                                           Codec preferredVideo) throws SdpNegotiationException {
        Optional<MediaKind> kind = section.kind();
        if (kind.isEmpty()) {
            return new SectionPlan.Rejected(section, RejectedSection.Cause.UNSUPPORTED_MEDIA);
        }
        if (offer.isRejectedInOffer(section)) {
            return new SectionPlan.Rejected(section, RejectedSection.Cause.REJECTED_IN_OFFER);
        }
        if (decision instanceof MidDecision.Reject) {
            return new SectionPlan.Rejected(section, RejectedSection.Cause.BY_DECISION);
        }
        checkKindAndDirection(offer, section, decision, kind.get());
        if (!PROTO.equals(section.proto())) {
            throw new SdpNegotiationException(Reason.BAD_PROTO, "mid " + mid(section) + " has proto "
                    + section.proto() + ", only " + PROTO + " is supported");
        }
        boolean sfuReceives = decision instanceof MidDecision.Receive;
        List<CodecChoice> codecs = MediaPolicy.chooseCodecs(section, kind.get(), sfuReceives, preferredVideo);
        if (codecs.isEmpty()) {
            return new SectionPlan.Rejected(section, RejectedSection.Cause.NO_COMMON_CODEC);
        }
        List<ExtMap> extensions = sfuReceives ? MediaPolicy.receiveExtensions(section, kind.get()) : List.of();
        return new SectionPlan.Accepted(section, decision, kind.get(), codecs, extensions);
    }

    private static void checkKindAndDirection(SessionDescription offer, MediaSection section, MidDecision decision,
                                              MediaKind kind) throws SdpNegotiationException {
        MediaKind wanted = kindOf(decision, kind);
        if (wanted != kind) {
            throw new SdpNegotiationException(Reason.KIND_MISMATCH, "mid " + mid(section) + " is "
                    + section.media() + ", the decision wants " + wanted.sdpName());
        }
        if (decision instanceof MidDecision.Inactive) {
            return;
        }
        Direction offered = offer.directionOf(section);
        boolean ok = decision instanceof MidDecision.Receive ? offered.sends() : offered.receives();
        if (!ok) {
            throw new SdpNegotiationException(Reason.DIRECTION_MISMATCH, "mid " + mid(section) + " is "
                    + offered.attribute() + " in the offer, cannot " + (decision instanceof MidDecision.Receive
                    ? "receive from" : "send to") + " the client on it");
        }
    }

    /**
     * A section the caller did not decide on is rejected, unless the client itself offers it
     * {@code inactive}: a client parks its first transceiver that way instead of stopping it,
     * because rejecting the BUNDLE-tag section makes libwebrtc move media to a new transport (an
     * ICE restart).
     */
    private static MidDecision undecided(SessionDescription offer, MediaSection section) {
        Optional<MediaKind> kind = section.kind();
        if (kind.isPresent() && !offer.isRejectedInOffer(section) && offer.directionOf(section) == Direction.INACTIVE) {
            return MidDecision.inactive(kind.get());
        }
        return MidDecision.reject();
    }

    private static MediaKind kindOf(MidDecision decision, MediaKind offered) {
        if (decision instanceof MidDecision.Receive r) {
            return r.kind();
        }
        if (decision instanceof MidDecision.Send s) {
            return s.kind();
        }
        return decision instanceof MidDecision.Inactive i ? i.kind() : offered;
    }

    private static String mid(MediaSection section) {
        return section.mid().orElse("?");
    }
}
