package org.vtp.sfu.sdp;

import static org.vtp.sfu.sdp.SdpNegotiationException.Reason;

import java.util.List;
import java.util.Optional;

/**
 * Selects the offerer-tagged m-section (RFC 9143 §7.3.1): the first mid of the BUNDLE group whose
 * section is accepted and has a port. Its ICE, DTLS and rtcp-mux attributes (the BUNDLE attributes)
 * apply to every bundled section (§7.1.3), so bundle-only sections (port 0, no transport
 * attributes, JSEP RFC 8829 §5.2.1) need not carry any; its mid leads the answer's group.
 */
final class BundleTag {

    private BundleTag() {
    }

    /**
     * @return the tagged section, empty when nothing is accepted
     * @throws SdpNegotiationException when the accepted sections are not in one BUNDLE group, or
     *                                 all of them are bundle-only (no section carries the transport)
     */
    static Optional<MediaSection> select(SessionDescription offer, List<SectionPlan> plans)
            throws SdpNegotiationException {
        List<MediaSection> accepted = plans.stream().filter(p -> p instanceof SectionPlan.Accepted)
                .map(SectionPlan::offered).toList();
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        Optional<Group> bundle = offer.bundleGroupOf(accepted.get(0).mid().orElseThrow());
        for (MediaSection section : accepted) {
            String mid = section.mid().orElseThrow();
            if (bundle.isEmpty() || !bundle.get().mids().contains(mid)) {
                throw new SdpNegotiationException(Reason.NO_BUNDLE, "mid " + mid + " is not in the BUNDLE group of the offer");
            }
        }
        for (String mid : bundle.get().mids()) {
            Optional<MediaSection> tagged = accepted.stream()
                    .filter(s -> s.mid().orElseThrow().equals(mid) && s.port() != 0).findFirst();
            if (tagged.isPresent()) {
                return tagged;
            }
        }
        throw new SdpNegotiationException(Reason.NO_BUNDLE, "every accepted section is bundle-only (port 0): "
                + "none can carry the BUNDLE transport (RFC 9143 §7.3.1)");
    }
}
