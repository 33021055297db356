/**
 * RTP wire format: header access (RFC 3550 §5.1), header extensions (RFC 8285), the VP8 payload
 * descriptor (RFC 7741) and first-byte demultiplexing (RFC 7983, RFC 5761). Every method works in
 * place on {@code (byte[] buf, int off, int len)}, allocates nothing and never throws on hostile
 * input; it returns -1, {@code false} or a "not found" value instead. Imports nothing of the SFU.
 */
package org.vtp.sfu.rtp;
