package org.vtp.sfu.sdp;

import static org.vtp.sfu.sdp.SdpNegotiationException.Reason;

import java.util.List;
import java.util.Optional;

/**
 * Checks that the accepted sections can share one ICE/DTLS transport as the SFU runs it: one
 * BUNDLE group (RFC 8843), rtcp-mux (RFC 5761), ICE credentials (RFC 8839), a SHA-256 fingerprint
 * (RFC 8122) and a client that can be DTLS client (setup actpass or active, RFC 5763 §5).
 */
final class TransportCheck {

    private TransportCheck() {
    }

    /**
     * Returns the client's transport, read from the first accepted section, or from the first
     * section when none is accepted (an answer that rejects everything still needs a valid offer).
     */
    static RemoteTransport check(SessionDescription offer, List<SectionPlan> plans) throws SdpNegotiationException {
        List<MediaSection> accepted = plans.stream().filter(p -> p instanceof SectionPlan.Accepted)
                .map(SectionPlan::offered).toList();
        MediaSection first = accepted.isEmpty() ? offer.mediaSections().stream().findFirst()
                .orElseThrow(() -> new SdpNegotiationException(Reason.MALFORMED, "the offer has no m-section"))
                : accepted.get(0);
        checkBundle(offer, accepted);
        for (MediaSection section : accepted) {
            if (!section.rtcpMux()) {
                throw new SdpNegotiationException(Reason.NO_RTCP_MUX, "mid " + section.mid().orElse("?") + " lacks a=rtcp-mux");
            }
            transportOf(offer, section);
        }
        return transportOf(offer, first);
    }

    private static void checkBundle(SessionDescription offer, List<MediaSection> accepted) throws SdpNegotiationException {
        if (accepted.isEmpty()) {
            return;
        }
        Optional<Group> bundle = offer.bundleGroupOf(accepted.get(0).mid().orElseThrow());
        for (MediaSection section : accepted) {
            String mid = section.mid().orElseThrow();
            if (bundle.isEmpty() || !bundle.get().mids().contains(mid)) {
                throw new SdpNegotiationException(Reason.NO_BUNDLE, "mid " + mid + " is not in the BUNDLE group of the offer");
            }
        }
    }

    private static RemoteTransport transportOf(SessionDescription offer, MediaSection section) throws SdpNegotiationException {
        TransportAttributes t = offer.transportOf(section);
        String mid = section.mid().orElse("?");
        if (t.iceUfrag().isEmpty() || t.icePwd().isEmpty()) {
            throw new SdpNegotiationException(Reason.NO_ICE_CREDENTIALS, "mid " + mid + " lacks a=ice-ufrag or a=ice-pwd");
        }
        Optional<Fingerprint> fingerprint = t.fingerprint("sha-256");
        if (fingerprint.isEmpty()) {
            throw new SdpNegotiationException(Reason.NO_FINGERPRINT, "mid " + mid + " lacks a=fingerprint:sha-256");
        }
        String setup = t.setup().orElse("");
        if (!"actpass".equals(setup) && !"active".equals(setup)) {
            throw new SdpNegotiationException(Reason.BAD_SETUP, "mid " + mid + " has a=setup:'" + setup
                    + "', the SFU needs actpass or active");
        }
        return new RemoteTransport(t.iceUfrag().get(), t.icePwd().get(), fingerprint.get(), section.candidates());
    }
}
