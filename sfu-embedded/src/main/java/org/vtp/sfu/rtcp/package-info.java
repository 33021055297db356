/**
 * RTCP wire format: compound packet iteration and validation (RFC 3550 §6, A.2), parsing and
 * writing of SR, RR, BYE, generic NACK (RFC 4585 §6.2.1), PLI (RFC 4585 §6.3.1), FIR (RFC 5104
 * §4.3.1) and REMB (draft-alvestrand-rmcat-remb). Parsers are static accessors over one packet
 * {@code (buf, off, len)} as found by {@link org.vtp.sfu.rtcp.RtcpIterator}; writers fill a
 * caller-supplied array and return the length written or -1. Never throws on hostile input.
 * Imports only {@code org.vtp.sfu.rtp}.
 */
package org.vtp.sfu.rtcp;
