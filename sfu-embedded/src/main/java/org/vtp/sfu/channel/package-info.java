/**
 * One client's secure media connection: ICE + DTLS-SRTP glued together, with the RFC 7983
 * demultiplexing of the shared port's datagrams. Hands decrypted RTP/RTCP up and encrypts what
 * goes down. Imports {@code org.vtp.sfu.ice}, {@code .dtls} and {@code .srtp}; knows nothing of SDP
 * beyond the values it is given, nor of rooms or forwarding.
 */
package org.vtp.sfu.channel;
