package org.vtp.client.call;

/** One producer of a {@link PeerInfo}; kind is "audio" or "video". */
public record ProducerInfo(String producerId, String kind, boolean paused) {
}
