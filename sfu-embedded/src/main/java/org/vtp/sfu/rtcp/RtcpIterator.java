package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.inBounds;

/**
 * Walks the packets of a compound RTCP packet (RFC 3550 §6.1). A reusable flyweight: one per
 * network thread, {@link #reset} per datagram, then {@code while (it.next())} read
 * {@link #offset()}, {@link #length()}, {@link #packetType()}, {@link #count()}.
 *
 * <p>{@link #reset} validates the whole compound first, after RFC 3550 A.2: every packet has
 * version 2 and a length inside the datagram, the lengths add up exactly, and only the last packet
 * may be padded. The rule that the first packet is SR or RR is not enforced, because reduced-size
 * RTCP (RFC 5506) sends feedback alone. An invalid compound yields no packets at all.
 */
public final class RtcpIterator {

    private byte[] buf;
    private int position;
    private int end;
    private int packetOffset;
    private int packetLength;

    /** Starts over on a new datagram; false (and no packets) when the compound is invalid. */
    public boolean reset(byte[] buf, int off, int len) {
        this.buf = buf;
        this.packetOffset = -1;
        this.packetLength = 0;
        if (!isValidCompound(buf, off, len)) {
            this.position = 0;
            this.end = 0;
            return false;
        }
        this.position = off;
        this.end = off + len;
        return true;
    }

    /** Advances to the next packet; false at the end. */
    public boolean next() {
        if (position >= end) {
            return false;
        }
        packetOffset = position;
        packetLength = RtcpHeader.lengthBytes(buf, position);
        position += packetLength;
        return true;
    }

    public int offset() {
        return packetOffset;
    }

    public int length() {
        return packetLength;
    }

    public int packetType() {
        return RtcpHeader.packetType(buf, packetOffset);
    }

    public int count() {
        return RtcpHeader.count(buf, packetOffset);
    }

    /** Compound validity after RFC 3550 A.2, without the SR/RR-first rule (see class comment). */
    public static boolean isValidCompound(byte[] buf, int off, int len) {
        if (!inBounds(buf, off, len) || len < RtcpHeader.LENGTH) {
            return false;
        }
        int pos = off;
        int end = off + len;
        while (pos < end) {
            if (end - pos < RtcpHeader.LENGTH || (buf[pos] & 0xC0) != 0x80) {
                return false;
            }
            int length = RtcpHeader.lengthBytes(buf, pos);
            if (length > end - pos) {
                return false;
            }
            if (RtcpHeader.hasPadding(buf, pos) && !validPadding(buf, pos, length, end)) {
                return false;
            }
            pos += length;
        }
        return true;
    }

    private static boolean validPadding(byte[] buf, int pos, int length, int end) {
        int padding = buf[pos + length - 1] & 0xFF;
        return pos + length == end && padding > 0 && padding <= length - RtcpHeader.LENGTH;
    }
}
