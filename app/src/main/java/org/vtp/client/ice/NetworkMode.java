package org.vtp.client.ice;

/** Which addresses a client's media may use. */
public enum NetworkMode {
    /** libwebrtc's default: one socket per network adapter, loopback adapters ignored. */
    SYSTEM,
    /**
     * Loopback only, for tests on one machine. libwebrtc ignores loopback adapters (the factory's
     * network ignore mask, not reachable through webrtc-java 0.14.0), so adapter enumeration is
     * switched off instead: the port allocator then binds one UDP socket to the wildcard address
     * 0.0.0.0, which also answers on 127.0.0.1. It names that socket after the default route's
     * address, so {@link LoopbackCandidates} rewrites announced candidates to 127.0.0.1 and
     * drops everything else. A controlling client pairs the socket with a remote 127.0.0.1
     * candidate and its packets leave from 127.0.0.1, which the remote side learns as
     * peer-reflexive.
     */
    LOOPBACK
}
