/**
 * SRTP and SRTCP protection (RFC 3711, AES-GCM per RFC 7714) of one secure connection, over
 * jitsi-srtp. Owns the per-SSRC crypto contexts; knows nothing of ICE, DTLS or forwarding. Keys come
 * from DTLS-SRTP ({@code org.vtp.sfu.dtls}) as an {@link org.vtp.sfu.srtp.SrtpKeyMaterial}.
 */
package org.vtp.sfu.srtp;
