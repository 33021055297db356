package org.vtp.sfu.srtp;

import org.jitsi.utils.ByteArrayBuffer;

/**
 * A view on a caller's array that jitsi-srtp transforms in place. It never reallocates: growing
 * past the array's end is a caller bug (see {@link SrtpSession#MAX_OVERHEAD}).
 */
final class PacketBuffer implements ByteArrayBuffer {

    private byte[] buffer;
    private int offset;
    private int length;

    void wrap(byte[] buffer, int offset, int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public byte[] getBuffer() {
        return buffer;
    }

    @Override
    public int getOffset() {
        return offset;
    }

    @Override
    public int getLength() {
        return length;
    }

    @Override
    public void setLength(int length) {
        if (length < 0 || offset + length > buffer.length) {
            throw new IllegalStateException("length out of the buffer: " + length);
        }
        this.length = length;
    }

    @Override
    public void setOffset(int offset) {
        if (offset < 0 || offset + length > buffer.length) {
            throw new IllegalStateException("offset out of the buffer: " + offset);
        }
        this.offset = offset;
    }

    @Override
    public boolean isInvalid() {
        return buffer == null;
    }

    @Override
    public void readRegionToBuff(int regionOffset, int regionLength, byte[] out) {
        System.arraycopy(buffer, offset + regionOffset, out, 0, regionLength);
    }

    @Override
    public void grow(int howMuch) {
        if (offset + length + howMuch > buffer.length) {
            throw new IllegalStateException("no room for " + howMuch + " more bytes");
        }
    }

    @Override
    public void append(byte[] data, int dataLength) {
        grow(dataLength);
        System.arraycopy(data, 0, buffer, offset + length, dataLength);
        length += dataLength;
    }

    @Override
    public void shrink(int howMuch) {
        length = Math.max(0, length - howMuch);
    }
}
