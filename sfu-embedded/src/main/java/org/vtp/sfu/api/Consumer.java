package org.vtp.sfu.api;

/** One outgoing copy of a producer's track towards one transport. */
public interface Consumer {

    String id();

    String transportId();

    String producerId();

    MediaKind kind();

    /** The SSRC the consumer's receiver sees; stable for the consumer's life. */
    long ssrc();

    boolean isBound();

    boolean isClosed();

    StreamStats stats();

    /** Stops forwarding to this consumer. Idempotent. */
    void close();
}
