package org.vtp.sfu.stream;

/**
 * Where a stream's outgoing packets go: its transport's secure channel. Implementations encrypt
 * in place, so the buffer needs {@link #MAX_OVERHEAD} spare bytes after the packet; they drop
 * silently while not connected.
 */
public interface PacketSender {

    /** The most bytes SRTP/SRTCP protection may add to a packet (auth tag + SRTCP index). */
    int MAX_OVERHEAD = 32;

    void sendRtp(byte[] buf, int off, int len);

    void sendRtcp(byte[] buf, int off, int len);
}
