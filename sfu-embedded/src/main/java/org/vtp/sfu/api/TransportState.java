package org.vtp.sfu.api;

/** The life of a transport: ICE and DTLS together. */
public enum TransportState {
    /** Created; no offer applied yet. */
    NEW,
    /** Offer answered; ICE checks and the DTLS handshake under way. */
    CONNECTING,
    /** ICE selected a pair and DTLS-SRTP keys are in place: media flows. */
    CONNECTED,
    /** ICE or DTLS failed (timeout, fingerprint mismatch...). The transport stays until closed. */
    FAILED,
    /** Closed by its owner or with its router. Terminal. */
    CLOSED
}
