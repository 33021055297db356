package org.vtp.sfu.bench;

import org.vtp.sfu.srtp.SrtpSession;
import org.vtp.sfu.stream.PacketSender;

/**
 * A consumer's transport without the socket: protects each packet with the consumer's own SRTP
 * session, as {@code SecureChannel.sendRtp} does, then discards it, keeping a count so the work is
 * observable and checked.
 */
final class ProtectingSender implements PacketSender {

    private final SrtpSession session;
    long sent;
    long failures;
    long bytes;

    ProtectingSender(SrtpSession session) {
        this.session = session;
    }

    @Override
    public void sendRtp(byte[] buf, int off, int len) {
        int length = session.protectRtp(buf, off, len);
        if (length < 0) {
            failures++;
        } else {
            sent++;
            bytes += length;
        }
    }

    @Override
    public void sendRtcp(byte[] buf, int off, int len) {
        session.protectRtcp(buf, off, len);
    }

    void close() {
        session.close();
    }
}
