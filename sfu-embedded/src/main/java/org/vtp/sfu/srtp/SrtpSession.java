package org.vtp.sfu.srtp;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jitsi.srtp.BaseSrtpCryptoContext;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.srtp.crypto.Aes;
import org.jitsi.utils.logging2.LoggerImpl;

/**
 * SRTP/SRTCP protection of one connection, in place on the caller's array.
 *
 * <p>Threads: unprotect is called on the network thread, protect on any sender thread; crypto
 * contexts are per SSRC and jitsi-srtp synchronises each one. Unprotect never throws: anything that
 * does not authenticate (garbage, truncation, tampering, replay) returns -1. The number of SSRCs a
 * peer can make us allocate contexts for is capped ({@link #MAX_SSRCS_PER_DIRECTION}).
 */
public final class SrtpSession implements AutoCloseable {

    /** The most protectRtp/protectRtcp append: an AES-GCM SRTCP tag plus the SRTCP index. */
    public static final int MAX_OVERHEAD = 20;
    /** Crypto contexts kept per direction and kind; packets of further SSRCs are refused. */
    public static final int MAX_SSRCS_PER_DIRECTION = 64;

    private static final int RTP_HEADER = 12;
    private static final int RTCP_HEADER = 8;

    static {
        // Pinned: the automatic choice once picked the pure-BC AES, 7x slower (LIBRARY-NOTES).
        Aes.setFactoryClassName("SunJCE");
    }

    private final SrtpProfile profile;
    private final SrtpContextFactory sendFactory;
    private final SrtpContextFactory receiveFactory;
    private final Map<Integer, SrtpCryptoContext> rtpSend = new ConcurrentHashMap<>();
    private final Map<Integer, SrtpCryptoContext> rtpReceive = new ConcurrentHashMap<>();
    private final Map<Integer, SrtcpCryptoContext> rtcpSend = new ConcurrentHashMap<>();
    private final Map<Integer, SrtcpCryptoContext> rtcpReceive = new ConcurrentHashMap<>();

    public SrtpSession(SrtpKeyMaterial keys) {
        this.profile = keys.profile();
        var logger = new LoggerImpl(SrtpSession.class.getName());
        sendFactory = new SrtpContextFactory(true, keys.localKey(), keys.localSalt(),
                profile.rtpPolicy(), profile.rtcpPolicy(), logger);
        receiveFactory = new SrtpContextFactory(false, keys.remoteKey(), keys.remoteSalt(),
                profile.rtpPolicy(), profile.rtcpPolicy(), logger);
    }

    public SrtpProfile profile() {
        return profile;
    }

    /** Decrypts and authenticates an SRTP packet in place; returns the RTP length or -1. */
    public int unprotectRtp(byte[] buf, int off, int len) {
        if (!isRtpShaped(buf, off, len, RTP_HEADER + profile.rtpOverhead())) {
            return -1;
        }
        try {
            SrtpCryptoContext ctx = context(rtpReceive, readInt(buf, off + 8), true, false);
            PacketBuffer packet = wrap(buf, off, len);
            return ctx != null && ctx.reverseTransformPacket(packet, false) == SrtpErrorStatus.OK
                    ? resultLength(packet, off) : -1;
        } catch (GeneralSecurityException | RuntimeException e) {
            return -1;
        }
    }

    /** Decrypts and authenticates an SRTCP packet in place; returns the RTCP length or -1. */
    public int unprotectRtcp(byte[] buf, int off, int len) {
        if (!isRtpShaped(buf, off, len, RTCP_HEADER + profile.rtcpOverhead())) {
            return -1;
        }
        try {
            SrtcpCryptoContext ctx = context(rtcpReceive, readInt(buf, off + 4), false, false);
            PacketBuffer packet = wrap(buf, off, len);
            return ctx != null && ctx.reverseTransformPacket(packet) == SrtpErrorStatus.OK
                    ? resultLength(packet, off) : -1;
        } catch (GeneralSecurityException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Encrypts an RTP packet in place. The caller guarantees {@link #MAX_OVERHEAD} free bytes after
     * {@code off + len}; returns the SRTP length, or -1 if the packet is not RTP or keys failed.
     *
     * @throws IllegalArgumentException if the array has no room for the tag (a caller bug)
     */
    public int protectRtp(byte[] buf, int off, int len) {
        checkRoom(buf, off, len, profile.rtpOverhead());
        if (!isRtpShaped(buf, off, len, RTP_HEADER)) {
            return -1;
        }
        try {
            SrtpCryptoContext ctx = context(rtpSend, readInt(buf, off + 8), true, true);
            PacketBuffer packet = wrap(buf, off, len);
            return ctx != null && ctx.transformPacket(packet) == SrtpErrorStatus.OK
                    ? resultLength(packet, off) : -1;
        } catch (GeneralSecurityException e) {
            return -1;
        }
    }

    /** Encrypts an RTCP compound packet in place; same contract as {@link #protectRtp}. */
    public int protectRtcp(byte[] buf, int off, int len) {
        checkRoom(buf, off, len, profile.rtcpOverhead());
        if (!isRtpShaped(buf, off, len, RTCP_HEADER)) {
            return -1;
        }
        try {
            SrtcpCryptoContext ctx = context(rtcpSend, readInt(buf, off + 4), false, true);
            PacketBuffer packet = wrap(buf, off, len);
            return ctx != null && ctx.transformPacket(packet) == SrtpErrorStatus.OK
                    ? resultLength(packet, off) : -1;
        } catch (GeneralSecurityException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        rtpSend.clear();
        rtpReceive.clear();
        rtcpSend.clear();
        rtcpReceive.clear();
        sendFactory.close();
        receiveFactory.close();
    }

    /**
     * Loads and JIT-warms the SRTP classes and ciphers of every profile (~0.5 s the first time) so
     * that the first participant does not pay for it. Call once at SFU start.
     */
    public static void warmUp() {
        SecureRandom random = new SecureRandom();
        for (SrtpProfile p : SrtpProfile.values()) {
            byte[] key = new byte[p.keyLength()];
            byte[] salt = new byte[p.saltLength()];
            random.nextBytes(key);
            random.nextBytes(salt);
            var keys = new SrtpKeyMaterial(p, key, salt, key, salt);
            try (SrtpSession tx = new SrtpSession(keys); SrtpSession rx = new SrtpSession(keys)) {
                byte[] rtp = new byte[64 + MAX_OVERHEAD];
                rtp[0] = (byte) 0x80;
                rx.unprotectRtp(rtp, 0, tx.protectRtp(rtp, 0, 64));
                byte[] rtcp = new byte[28 + MAX_OVERHEAD];
                rtcp[0] = (byte) 0x80;
                rtcp[1] = (byte) 201;
                rtcp[3] = 6;
                rx.unprotectRtcp(rtcp, 0, tx.protectRtcp(rtcp, 0, 28));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <C extends BaseSrtpCryptoContext> C context(Map<Integer, C> map, int ssrc, boolean rtp,
                                                        boolean send) throws GeneralSecurityException {
        C ctx = map.get(ssrc);
        if (ctx != null || map.size() >= MAX_SSRCS_PER_DIRECTION) {
            return ctx;
        }
        SrtpContextFactory factory = send ? sendFactory : receiveFactory;
        C created = (C) (rtp ? factory.deriveContext(ssrc, 0) : factory.deriveControlContext(ssrc));
        C raced = map.putIfAbsent(ssrc, created);
        return raced != null ? raced : created;
    }

    private static boolean isRtpShaped(byte[] buf, int off, int len, int minLength) {
        return buf != null && off >= 0 && len >= minLength && off + len <= buf.length
                && (buf[off] & 0xC0) == 0x80;
    }

    private static void checkRoom(byte[] buf, int off, int len, int overhead) {
        if (buf == null || off < 0 || len < 0 || off + len + overhead > buf.length) {
            throw new IllegalArgumentException("need " + overhead + " free bytes after the packet");
        }
    }

    private static PacketBuffer wrap(byte[] buf, int off, int len) {
        PacketBuffer packet = new PacketBuffer();
        packet.wrap(buf, off, len);
        return packet;
    }

    private static int resultLength(PacketBuffer packet, int off) {
        return packet.getOffset() == off ? packet.getLength() : -1;
    }

    private static int readInt(byte[] buf, int at) {
        return (buf[at] & 0xFF) << 24 | (buf[at + 1] & 0xFF) << 16 | (buf[at + 2] & 0xFF) << 8 | buf[at + 3] & 0xFF;
    }
}
