/**
 * Producers and consumers: the forwarding units. A producer receives one client's decrypted RTP
 * stream and hands each packet to its consumers; a consumer rewrites its own copy (SSRC, sequence
 * number, timestamp, payload type; header extensions stripped) and sends it through its transport.
 * Keyframe requests flow the other way, aggregated per producer. Knows nothing of ICE, DTLS or
 * SDP: packets leave through {@link org.vtp.sfu.stream.PacketSender}.
 */
package org.vtp.sfu.stream;
