package org.vtp.sfu.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link PacketSender} fake that keeps copies of what it was given. */
final class RecordingSender implements PacketSender {

    final List<byte[]> rtp = new ArrayList<>();
    final List<byte[]> rtcp = new ArrayList<>();

    @Override
    public void sendRtp(byte[] buf, int off, int len) {
        rtp.add(Arrays.copyOfRange(buf, off, off + len));
    }

    @Override
    public void sendRtcp(byte[] buf, int off, int len) {
        rtcp.add(Arrays.copyOfRange(buf, off, off + len));
    }
}
