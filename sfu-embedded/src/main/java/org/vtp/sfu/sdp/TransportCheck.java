package org.vtp.sfu.sdp;

import static org.vtp.sfu.sdp.SdpNegotiationException.Reason;

import java.util.Optional;

/**
 * Checks that the BUNDLE transport can run as the SFU runs it: the offerer-tagged section
 * ({@link BundleTag}) has rtcp-mux (RFC 5761), ICE credentials (RFC 8839), a SHA-256 fingerprint
 * (RFC 8122) and a client that can be DTLS client (setup actpass or active, RFC 5763 §5). These
 * BUNDLE attributes apply to every bundled section (RFC 9143 §7.1.3), whatever the others carry.
 */
final class TransportCheck {

    private TransportCheck() {
    }

    /**
     * Returns the client's transport, read from the tagged section, or from the first section when
     * none is accepted (an answer that rejects everything still needs a valid offer).
     */
    static RemoteTransport check(SessionDescription offer, Optional<MediaSection> tag) throws SdpNegotiationException {
        if (tag.isEmpty()) {
            MediaSection first = offer.mediaSections().stream().findFirst()
                    .orElseThrow(() -> new SdpNegotiationException(Reason.MALFORMED, "the offer has no m-section"));
            return transportOf(offer, first);
        }
        MediaSection section = tag.get();
        if (!section.rtcpMux()) {
            throw new SdpNegotiationException(Reason.NO_RTCP_MUX, "mid " + section.mid().orElse("?") + " lacks a=rtcp-mux");
        }
        return transportOf(offer, section);
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
