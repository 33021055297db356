/**
 * Per-consumer RTP stream rewriting: maps whichever producer stream a consumer currently follows
 * onto the consumer's own SSRC, continuous sequence numbers and timestamps, and payload type.
 * Runs on the network thread, in place, without allocation. Imports only {@code org.vtp.sfu.rtp}.
 */
package org.vtp.sfu.rewrite;
