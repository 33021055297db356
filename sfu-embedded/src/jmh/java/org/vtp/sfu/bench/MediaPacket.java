package org.vtp.sfu.bench;

import org.vtp.sfu.rtp.BigEndian;
import org.vtp.sfu.rtp.RtpPacket;

/**
 * The two packet shapes a browser sends most, as plain RTP built byte by byte: a full-size VP8
 * packet and a typical Opus packet, each with a one-byte header extension block (RFC 8285 §4.2)
 * carrying mid (RFC 8843) and abs-send-time, as Chromium sends them.
 *
 * <pre>
 * 12 fixed header | BE DE 00 02 | 10 '0' | 22 t t t | 00 00 (padding) | payload
 * </pre>
 * The VP8 payload starts with a payload descriptor (RFC 7741 §4.2, S=1 PID=0, picture id) and a
 * keyframe header on the first packet of a stream, so the SFU's keyframe gate lets it through.
 */
public enum MediaPacket {
    /** 1200 bytes of RTP, VP8, 90 kHz; ~5 packets a frame at 30 fps and 1.5 Mbit/s. */
    VP8_1200(1200, 96, 90_000, 3000 / 5),
    /** 100 bytes of RTP, Opus, 48 kHz, one 20 ms frame per packet. */
    OPUS_100(100, 111, 48_000, 960);

    static final int MID_ID = 1;
    static final int ABS_SEND_TIME_ID = 2;
    static final int HEADER_WITH_EXTENSIONS = 12 + 4 + 8;

    private final int length;
    private final int payloadType;
    private final int clockRate;
    private final int timestampStep;

    MediaPacket(int length, int payloadType, int clockRate, int timestampStep) {
        this.length = length;
        this.payloadType = payloadType;
        this.clockRate = clockRate;
        this.timestampStep = timestampStep;
    }

    public int length() {
        return length;
    }

    public int payloadType() {
        return payloadType;
    }

    public int clockRate() {
        return clockRate;
    }

    public boolean isVideo() {
        return this == VP8_1200;
    }

    /** The RTP timestamp of the packet with this running index (advancing like the real clock). */
    public long timestampOf(long index) {
        return 0x1234_0000L + index * timestampStep & 0xFFFF_FFFFL;
    }

    /** Writes packet {@code index} of stream {@code ssrc} into {@code buf} at 0; returns its length. */
    public int write(byte[] buf, long ssrc, int seq, long index, boolean keyframeStart) {
        java.util.Arrays.fill(buf, 0, length, (byte) 0);
        buf[0] = (byte) 0x90;
        RtpPacket.setPayloadType(buf, 0, payloadType);
        RtpPacket.setSequenceNumber(buf, 0, seq);
        RtpPacket.setTimestamp(buf, 0, timestampOf(index));
        RtpPacket.setSsrc(buf, 0, ssrc);
        BigEndian.put16(buf, 12, 0xBEDE);
        BigEndian.put16(buf, 14, 2);
        buf[16] = (byte) (MID_ID << 4);
        buf[17] = (byte) '0';
        buf[18] = (byte) (ABS_SEND_TIME_ID << 4 | 2);
        BigEndian.put24(buf, 19, (int) (index * 37 & 0xFF_FFFF));
        writePayload(buf, HEADER_WITH_EXTENSIONS, index, keyframeStart);
        return length;
    }

    private void writePayload(byte[] buf, int at, long index, boolean keyframeStart) {
        for (int i = at; i < length; i++) {
            buf[i] = (byte) (i * 31 + index);
        }
        if (this == VP8_1200) {
            buf[at] = (byte) 0x90;
            buf[at + 1] = (byte) 0x80;
            buf[at + 2] = (byte) (index & 0x7F);
            buf[at + 3] = (byte) (keyframeStart ? 0x10 : 0x11);
            buf[at + 6] = (byte) 0x9d;
            buf[at + 7] = 0x01;
            buf[at + 8] = 0x2a;
        } else {
            buf[at] = (byte) 0x78;
        }
    }
}
