package org.vtp.sfu.sdp;

/** An m-section answered with port 0, and why. */
public record RejectedSection(String mid, String media, Cause cause) {

    /** Why a section was rejected. */
    public enum Cause {
        /** Not audio or video (e.g. an {@code m=application} data channel). */
        UNSUPPORTED_MEDIA,
        /** The offer itself had port 0 (a stopped transceiver). */
        REJECTED_IN_OFFER,
        /** The caller decided REJECT, or gave no decision for the mid. */
        BY_DECISION,
        /**
         * The caller wanted it, but the offer has no codec the SFU forwards (see MediaPolicy).
         * The answer stays valid; the caller decides whether that fails its request.
         */
        NO_COMMON_CODEC
    }
}
