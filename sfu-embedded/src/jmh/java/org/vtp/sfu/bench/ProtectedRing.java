package org.vtp.sfu.bench;

import java.util.ArrayDeque;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpSession;

/**
 * A publisher's SRTP stream, protected ahead of time so that the benchmark times only the SFU's
 * side: {@link #receive} copies the next protected packet into the caller's buffer (as a socket
 * read would) and unprotects it in place with the SFU's session, exactly as the channel does.
 *
 * <p>Why it is shaped like this. SRTP refuses replays (RFC 3711 §3.3.2), so one session can never
 * see the same packet index twice, and the ring cannot simply be replayed. The ring holds sequence
 * numbers 1..65535 of roll-over counter 0, one whole cycle, so the plain stream the SFU forwards
 * wraps 65535 → 1 like a live stream with one lost packet (no rewriter resync). When the ring
 * wraps, the SFU side switches to a fresh receive session with the same keys. Those sessions are
 * made before measurement and primed with packet 0, which derives their per-SSRC crypto context
 * (the costly, allocating step that a live stream pays once per SSRC, not per packet); after that
 * every ring packet is new to them. Only when the pool runs out is a session made inline, which
 * {@link #inlineSessions} reports.
 */
final class ProtectedRing {

    static final int PACKETS = 65_535;

    private final byte[] ring;
    private final int stride;
    private final int length;
    private final byte[] priming;
    private final SrtpKeyMaterial sfuKeys;
    private final ArrayDeque<SrtpSession> primed = new ArrayDeque<>();

    private SrtpSession receiver;
    private int next;
    private int inlineSessions;

    /**
     * @param sfuKeys the SFU's keys of the publisher's connection
     * @param primedSessions receive sessions to prepare (each serves {@link #PACKETS} packets)
     */
    ProtectedRing(MediaPacket shape, long ssrc, SrtpKeyMaterial sfuKeys, int primedSessions) {
        this.sfuKeys = sfuKeys;
        this.stride = shape.length() + SrtpSession.MAX_OVERHEAD;
        this.ring = new byte[PACKETS * stride];
        try (SrtpSession publisher = new SrtpSession(sfuKeys.mirrored())) {
            byte[] plain = new byte[stride];
            shape.write(plain, ssrc, 0, 0, false);
            int protectedLength = publisher.protectRtp(plain, 0, shape.length());
            priming = java.util.Arrays.copyOf(plain, protectedLength);
            for (int i = 0; i < PACKETS; i++) {
                shape.write(plain, ssrc, i + 1, i + 1, i == 0);
                if (publisher.protectRtp(plain, 0, shape.length()) != protectedLength) {
                    throw new IllegalStateException("protect failed at packet " + i);
                }
                System.arraycopy(plain, 0, ring, i * stride, protectedLength);
            }
            this.length = protectedLength;
        }
        for (int i = 0; i < primedSessions; i++) {
            primed.add(primedSession());
        }
        receiver = primedSession();
    }

    /** Copies the next packet into {@code buf} at 0 and unprotects it; the RTP length, or -1. */
    int receive(byte[] buf) {
        if (next == PACKETS) {
            rewind();
        }
        System.arraycopy(ring, next++ * stride, buf, 0, length);
        return receiver.unprotectRtp(buf, 0, length);
    }

    /** Receive sessions that had to be made during the run (they allocate and cost time). */
    int inlineSessions() {
        return inlineSessions;
    }

    private void rewind() {
        receiver.close();
        SrtpSession fresh = primed.poll();
        if (fresh == null) {
            fresh = primedSession();
            inlineSessions++;
        }
        receiver = fresh;
        next = 0;
    }

    private SrtpSession primedSession() {
        SrtpSession session = new SrtpSession(sfuKeys);
        byte[] copy = java.util.Arrays.copyOf(priming, priming.length);
        if (session.unprotectRtp(copy, 0, copy.length) < 0) {
            throw new IllegalStateException("priming packet did not authenticate");
        }
        return session;
    }
}
