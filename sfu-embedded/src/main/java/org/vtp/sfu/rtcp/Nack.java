package org.vtp.sfu.rtcp;

import static org.vtp.sfu.rtp.BigEndian.u16;

import org.vtp.sfu.rtp.BigEndian;

/**
 * Generic NACK (RFC 4585 §6.2.1): PT 205 (RTPFB), FMT 1, FCI entries of 4 bytes.
 *
 * <pre>
 * |            PID                |             BLP               |
 * </pre>
 * PID is a lost sequence number; bit i of BLP (LSB = bit 0) means PID + i + 1 is lost too.
 */
public final class Nack {

    public static final int FMT = 1;
    private static final int ENTRY_LENGTH = 4;

    private Nack() {
    }

    public static boolean isValid(byte[] buf, int off, int len) {
        return Feedback.is(buf, off, len, RtcpHeader.RTPFB, FMT, Feedback.HEADER_LENGTH + ENTRY_LENGTH);
    }

    public static int entryCount(byte[] buf, int off) {
        return Feedback.fciLength(buf, off) / ENTRY_LENGTH;
    }

    public static int pid(byte[] buf, int off, int index) {
        return u16(buf, off + Feedback.HEADER_LENGTH + ENTRY_LENGTH * index);
    }

    public static int blp(byte[] buf, int off, int index) {
        return u16(buf, off + Feedback.HEADER_LENGTH + ENTRY_LENGTH * index + 2);
    }

    /**
     * Expands every entry into {@code lost} in wire order; returns how many were written, stopping
     * when {@code lost} is full. Call only on a packet that passed {@link #isValid}.
     */
    public static int lostSequenceNumbers(byte[] buf, int off, int[] lost) {
        int n = 0;
        int entries = entryCount(buf, off);
        for (int i = 0; i < entries && n < lost.length; i++) {
            int pid = pid(buf, off, i);
            int blp = blp(buf, off, i);
            lost[n++] = pid;
            for (int bit = 0; bit < 16 && n < lost.length; bit++) {
                if ((blp & 1 << bit) != 0) {
                    lost[n++] = pid + bit + 1 & 0xFFFF;
                }
            }
        }
        return n;
    }

    /**
     * Writes a NACK for {@code lost[0..count)} (ascending, wrap allowed), packing each run of 17
     * into one PID/BLP entry; returns the length, or -1 when empty or {@code out} is too small.
     */
    public static int write(byte[] out, int off, long senderSsrc, long mediaSsrc, int[] lost, int count) {
        if (count <= 0 || count > lost.length) {
            return -1;
        }
        int length = Feedback.HEADER_LENGTH + ENTRY_LENGTH * countEntries(lost, count);
        if (!RtcpHeader.fits(out, off, length)) {
            return -1;
        }
        Feedback.writeHeader(out, off, FMT, RtcpHeader.RTPFB, length, senderSsrc, mediaSsrc);
        int pos = off + Feedback.HEADER_LENGTH;
        int pid = lost[0] & 0xFFFF;
        int blp = 0;
        for (int i = 1; i < count; i++) {
            int distance = lost[i] - pid & 0xFFFF;
            if (distance >= 1 && distance <= 16) {
                blp |= 1 << distance - 1;
            } else {
                pos = writeEntry(out, pos, pid, blp);
                pid = lost[i] & 0xFFFF;
                blp = 0;
            }
        }
        writeEntry(out, pos, pid, blp);
        return length;
    }

    private static int countEntries(int[] lost, int count) {
        int entries = 1;
        int pid = lost[0] & 0xFFFF;
        for (int i = 1; i < count; i++) {
            int distance = lost[i] - pid & 0xFFFF;
            if (distance < 1 || distance > 16) {
                entries++;
                pid = lost[i] & 0xFFFF;
            }
        }
        return entries;
    }

    private static int writeEntry(byte[] out, int pos, int pid, int blp) {
        BigEndian.put16(out, pos, pid);
        BigEndian.put16(out, pos + 2, blp);
        return pos + ENTRY_LENGTH;
    }
}
