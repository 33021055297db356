/**
 * ICE (RFC 8445) on the SFU's single UDP port, over ice4j: the port itself ({@link
 * org.vtp.sfu.ice.MediaPort}, one per SFU) and one ICE-controlled session per client ({@link
 * org.vtp.sfu.ice.IceSession}), demultiplexed by the username fragment of the client's checks.
 * Hands every non-STUN datagram up unchanged; knows nothing of DTLS, SRTP or SDP beyond candidate
 * lines. Must not import other SFU packages.
 */
package org.vtp.sfu.ice;
