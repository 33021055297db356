/**
 * RTCP report statistics: per incoming stream, loss and jitter for the report blocks of the RRs
 * the SFU sends to producers (RFC 3550 A.1, A.3, A.8); per outgoing stream, the counts and
 * timing for the SRs it sends to consumers. Time is injected. Imports only
 * {@code org.vtp.sfu.rtcp}.
 */
package org.vtp.sfu.report;
