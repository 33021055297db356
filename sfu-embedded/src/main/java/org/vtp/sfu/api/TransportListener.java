package org.vtp.sfu.api;

/**
 * Events of one transport, called on SFU threads: implementations must be quick and must not
 * block; they may call back into the SFU.
 */
public interface TransportListener {

    /** The transport moved to a new state. */
    void onStateChange(TransportState state);

    /** A consumer on this transport was closed because its producer went away. */
    default void onConsumerClosed(String consumerId, String producerId) {
    }
}
