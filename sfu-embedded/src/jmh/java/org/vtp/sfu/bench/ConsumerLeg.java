package org.vtp.sfu.bench;

import org.vtp.sfu.rewrite.RtpStreamRewriter;
import org.vtp.sfu.rtp.RtpHeaderExtensions;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpSession;
import org.vtp.sfu.srtp.SrtpProfile;
import org.vtp.sfu.stream.PacketSender;

/**
 * One consumer's share of the forward path, assembled from the SFU's own parts in the order
 * {@code SfuConsumer.forward} and {@code SecureChannel.sendRtp} run them: copy into the
 * consumer's buffer, strip header extensions, rewrite, protect with the consumer's own session.
 * The socket send is left out: {@link #forward} returns the SRTP length instead.
 */
final class ConsumerLeg {

    private final byte[] buffer = new byte[1500 + PacketSender.MAX_OVERHEAD];
    private final RtpStreamRewriter rewriter;
    private final SrtpSession session;

    ConsumerLeg(MediaPacket shape, SrtpProfile profile, int index) {
        long ssrc = 0x5000_0000L + index;
        rewriter = new RtpStreamRewriter(ssrc, shape.clockRate(), 1000 + index * 7, 100_000L * index);
        rewriter.mapPayloadType(shape.payloadType(), shape.payloadType());
        SrtpKeyMaterial keys = TestKeys.sfuSide(profile, 1000 + index);
        session = new SrtpSession(keys);
    }

    /** Copy, strip and rewrite only; the plain RTP length, or -1 when dropped. */
    int stripAndRewrite(byte[] in, int len, long nowNanos) {
        System.arraycopy(in, 0, buffer, 0, len);
        int length = RtpHeaderExtensions.strip(buffer, 0, len);
        return length >= 0 && rewriter.rewrite(buffer, 0, length, nowNanos) ? length : -1;
    }

    /** The whole leg; the SRTP length that would go to the socket, or -1 when dropped. */
    int forward(byte[] in, int len, long nowNanos) {
        int length = stripAndRewrite(in, len, nowNanos);
        return length < 0 ? -1 : session.protectRtp(buffer, 0, length);
    }

    void close() {
        session.close();
    }
}
