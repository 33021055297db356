package org.vtp.sfu.channel;

/**
 * Counters of one {@link SecureChannel}.
 *
 * @param datagramsIn non-STUN datagrams received
 * @param datagramsOut datagrams handed to ICE for sending (DTLS, SRTP, SRTCP)
 * @param dropped received datagrams of no known kind, or media before keys; and sends refused
 * @param authFailures SRTP/SRTCP packets that did not authenticate (tampered, replayed, garbage)
 * @param iceMillis from {@link SecureChannel#connect} to ICE connected, -1 until then
 * @param dtlsMillis from {@code connect} to SRTP keys ready, -1 until then
 */
public record ChannelStats(long datagramsIn, long datagramsOut, long dropped, long authFailures,
                           long iceMillis, long dtlsMillis) {
}
