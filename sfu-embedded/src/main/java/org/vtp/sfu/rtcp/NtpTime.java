package org.vtp.sfu.rtcp;

/**
 * 64-bit NTP timestamps (RFC 3550 §4): seconds since 1900 in the high word, fraction in the low.
 * The compact 32-bit form used for LSR is the middle 32 bits (§6.4.1).
 */
public final class NtpTime {

    /** Seconds from 1900-01-01 to 1970-01-01. */
    private static final long EPOCH_OFFSET_SECONDS = 2_208_988_800L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private NtpTime() {
    }

    public static long fromUnixNanos(long unixNanos) {
        long seconds = Math.floorDiv(unixNanos, NANOS_PER_SECOND) + EPOCH_OFFSET_SECONDS;
        long nanos = Math.floorMod(unixNanos, NANOS_PER_SECOND);
        return seconds << 32 | (nanos << 32) / NANOS_PER_SECOND;
    }

    public static long middle32(long ntp) {
        return ntp >>> 16 & 0xFFFF_FFFFL;
    }
}
