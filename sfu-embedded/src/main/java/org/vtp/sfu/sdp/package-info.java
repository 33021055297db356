/**
 * WebRTC SDP (RFC 8866, JSEP RFC 8829, unified plan): a typed, immutable model of an offer that
 * writes back byte for byte ({@link org.vtp.sfu.sdp.SessionDescription}), and the SFU's
 * offer/answer negotiation ({@link org.vtp.sfu.sdp.SdpNegotiator}): Opus, VP8 and H.264 (MediaPolicy), BUNDLE,
 * rtcp-mux, DTLS passive. Knows nothing of ICE, DTLS or RTP engines; imports only
 * {@code org.vtp.sfu.api} (for {@link org.vtp.sfu.api.MediaKind}).
 */
package org.vtp.sfu.sdp;
