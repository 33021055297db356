package org.vtp.sfu.api;

/** One incoming track of a transport (an m-section the client sends on). */
public interface Producer {

    String id();

    String transportId();

    MediaKind kind();

    /** True once the client's offer bound this producer to an m-section. */
    boolean isBound();

    boolean isClosed();

    StreamStats stats();

    /** Stops forwarding and closes every consumer of this producer. Idempotent. */
    void close();
}
