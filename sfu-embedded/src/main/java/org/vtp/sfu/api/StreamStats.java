package org.vtp.sfu.api;

/**
 * Counters of one producer or consumer, as seen by the SFU.
 *
 * @param packets RTP packets received (producer) or sent (consumer)
 * @param bytes RTP bytes (after SRTP removal) received or sent
 * @param keyframeRequests PLI/FIR received from the consumer, or sent to the producer
 */
public record StreamStats(long packets, long bytes, long keyframeRequests) {
}
