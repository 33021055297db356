package org.vtp.sfu.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.vtp.sfu.srtp.SrtpProfile;
import org.vtp.sfu.srtp.SrtpSession;

/**
 * What every forward benchmark shares: the SRTP profile, the packet shape, the publisher's
 * protected stream and the SFU's receive buffer.
 */
@State(Scope.Thread)
public class ForwardState {

    static final long PUBLISHER_SSRC = 0x1A2B_3C4DL;
    /**
     * Receive sessions prepared per trial; each serves 65,535 packets, so 1,000 cover ~65 million
     * packets, several times what a default run (3 × 2 s warm-up, 5 × 2 s measurement) consumes.
     */
    private static final int PRIMED_SESSIONS = 1000;

    @Param({"AEAD_AES_128_GCM", "AES128_CM_HMAC_SHA1_80"})
    public SrtpProfile profile;

    @Param({"VP8_1200", "OPUS_100"})
    public MediaPacket packet;

    final byte[] in = new byte[1500 + SrtpSession.MAX_OVERHEAD];
    ProtectedRing publisher;
    long nowNanos;
    /** Packets that failed anywhere on the path; a run with any is not a valid measurement. */
    long failures;

    @Setup(Level.Trial)
    public void prepare() {
        publisher = new ProtectedRing(packet, PUBLISHER_SSRC, TestKeys.sfuSide(profile, 1), PRIMED_SESSIONS);
    }

    /** The SFU's monotonic clock, advancing 1 ms per packet (only resyncs read it). */
    long tick() {
        return nowNanos += 1_000_000L;
    }

    @TearDown(Level.Trial)
    public void report() {
        if (failures > 0) {
            throw new IllegalStateException(failures + " packets failed on the forward path");
        }
        if (publisher.inlineSessions() > 0) {
            System.out.println("NOTE: " + publisher.inlineSessions()
                    + " receive sessions were made during the run (ring pool exhausted); they count in time and B/op");
        }
    }
}
