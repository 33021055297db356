package org.vtp.sfu.sdp;

import org.vtp.sfu.api.SfuException;

/**
 * An offer the SFU refuses to answer. The {@link Reason} is stable and maps onto the signalling
 * error codes through {@link #toSfuException()}; the message says what was wrong, for humans.
 */
public final class SdpNegotiationException extends Exception {

    /** Why an offer was refused. */
    public enum Reason {
        /** Not parseable SDP, or duplicate mids. */
        MALFORMED(SfuException.Code.INVALID_ARGUMENT),
        /** An m-section without {@code a=mid} (unified plan needs one on every section). */
        MISSING_MID(SfuException.Code.INVALID_ARGUMENT),
        /** A decision names a mid the offer does not have. */
        UNKNOWN_MID(SfuException.Code.INVALID_ARGUMENT),
        /** A decision's kind differs from the section's media. */
        KIND_MISMATCH(SfuException.Code.INVALID_ARGUMENT),
        /** RECEIVE for a section the client does not send, or SEND for one it does not receive. */
        DIRECTION_MISMATCH(SfuException.Code.INVALID_ARGUMENT),
        /** An accepted section outside the BUNDLE group of the others, or no BUNDLE at all. */
        NO_BUNDLE(SfuException.Code.UNSUPPORTED),
        NO_RTCP_MUX(SfuException.Code.UNSUPPORTED),
        NO_ICE_CREDENTIALS(SfuException.Code.UNSUPPORTED),
        /** No {@code a=fingerprint:sha-256}. */
        NO_FINGERPRINT(SfuException.Code.UNSUPPORTED),
        /** {@code a=setup} other than {@code actpass} or {@code active}: the SFU is always DTLS server. */
        BAD_SETUP(SfuException.Code.UNSUPPORTED),
        /** An accepted section whose proto is not {@code UDP/TLS/RTP/SAVPF}. */
        BAD_PROTO(SfuException.Code.UNSUPPORTED);

        private final SfuException.Code code;

        Reason(SfuException.Code code) {
            this.code = code;
        }

        /** The SFU API error code this reason is reported as. */
        public SfuException.Code sfuCode() {
            return code;
        }
    }

    private final Reason reason;

    public SdpNegotiationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SdpNegotiationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public SfuException toSfuException() {
        return new SfuException(reason.sfuCode(), getMessage(), this);
    }
}
