/**
 * DTLS 1.2 with the use_srtp extension (RFC 6347, RFC 5764) over Bouncy Castle: the SFU's
 * certificate and its fingerprint, and one handshake endpoint per connection that yields SRTP keys.
 * Knows nothing of ICE sockets: datagrams come in through {@link org.vtp.sfu.dtls.DtlsEndpoint#receive}
 * and go out through a {@link org.vtp.sfu.dtls.DtlsEndpoint.Sender}. May import {@code org.vtp.sfu.srtp}
 * for the key material it produces, nothing else of the SFU.
 */
package org.vtp.sfu.dtls;
