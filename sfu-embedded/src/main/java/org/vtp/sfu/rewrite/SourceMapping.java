package org.vtp.sfu.rewrite;

/**
 * The offsets that map one source's sequence numbers and timestamps onto the output, and the
 * source's extended highest sequence number (RFC 3550 A.1 style, with cycles).
 */
final class SourceMapping {

    static final long RESYNC = -1;
    static final long TOO_OLD = -2;

    private long ssrc = -1;
    private long firstExtendedSeq;
    private long highestExtendedSeq;
    private long seqOffset;
    private long timestampOffset;
    private int probationSeq = -1;

    long ssrc() {
        return ssrc;
    }

    int highestSeq() {
        return (int) (highestExtendedSeq & 0xFFFF);
    }

    /** Maps {@code seq}/{@code timestamp} of this source onto {@code outSeq}/{@code outTimestamp}. */
    void start(long sourceSsrc, int seq, long timestamp, int outSeq, long outTimestamp) {
        ssrc = sourceSsrc;
        long extended = (1L << 16) + seq;
        firstExtendedSeq = extended;
        highestExtendedSeq = extended - 1;
        seqOffset = outSeq - extended;
        timestampOffset = outTimestamp - timestamp;
        probationSeq = -1;
    }

    /**
     * The extended sequence number of {@code seq}, or {@link #RESYNC} when the source jumped, or
     * {@link #TOO_OLD} when the packet predates this mapping or is a lone stray far behind.
     */
    long extend(int seq) {
        int delta = (short) (seq - highestExtendedSeq);
        if (delta > RtpStreamRewriter.MAX_DROPOUT) {
            return RESYNC;
        }
        if (delta < -RtpStreamRewriter.MAX_MISORDER) {
            boolean confirmed = seq == probationSeq;
            probationSeq = seq + 1 & 0xFFFF;
            return confirmed ? RESYNC : TOO_OLD;
        }
        long extended = highestExtendedSeq + delta;
        return extended < firstExtendedSeq ? TOO_OLD : extended;
    }

    /** Records a forwarded packet; true when it is the newest so far. */
    boolean advance(long extendedSeq) {
        if (extendedSeq <= highestExtendedSeq) {
            return false;
        }
        highestExtendedSeq = extendedSeq;
        return true;
    }

    int outputSeq(long extendedSeq) {
        return (int) (extendedSeq + seqOffset & 0xFFFF);
    }

    long outputTimestamp(long timestamp) {
        return timestamp + timestampOffset & 0xFFFF_FFFFL;
    }
}
