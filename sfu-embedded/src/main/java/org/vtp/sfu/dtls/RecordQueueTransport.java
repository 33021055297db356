package org.vtp.sfu.dtls;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.TlsTimeoutException;

/**
 * Bouncy Castle's view of the connection: incoming DTLS datagrams wait in a bounded queue (filled by
 * the network thread, drained by the handshake or by a drain task), outgoing ones go to the sender.
 * Also enforces the handshake deadline, since BC polls {@link #receive} while it waits.
 */
final class RecordQueueTransport implements DatagramTransport {

    static final int QUEUE_CAPACITY = 64;
    /** Datagram payload budget: fits any path MTU WebRTC meets (what browsers use too). */
    static final int SEND_LIMIT = 1200;
    static final int RECEIVE_LIMIT = 1500;

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final DtlsEndpoint.Sender sender;
    private final LongSupplier nanoClock;
    private final AtomicLong dropped = new AtomicLong();
    private volatile long deadlineNanos = Long.MAX_VALUE;
    private volatile boolean closed;

    RecordQueueTransport(DtlsEndpoint.Sender sender, LongSupplier nanoClock) {
        this.sender = sender;
        this.nanoClock = nanoClock;
    }

    /** Copies one datagram in; false (and counted) when the queue is full or the transport closed. */
    boolean offer(byte[] buf, int off, int len) {
        byte[] copy = new byte[Math.min(len, RECEIVE_LIMIT)];
        System.arraycopy(buf, off, copy, 0, copy.length);
        if (closed || !queue.offer(copy)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    boolean hasPending() {
        return !queue.isEmpty();
    }

    long dropped() {
        return dropped.get();
    }

    void setDeadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int getReceiveLimit() {
        return RECEIVE_LIMIT;
    }

    @Override
    public int getSendLimit() {
        return SEND_LIMIT;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("DTLS transport closed");
        }
        if (nanoClock.getAsLong() - deadlineNanos > 0) {
            throw new TlsTimeoutException("DTLS handshake timed out");
        }
        byte[] record;
        try {
            record = queue.poll(Math.max(waitMillis, 0), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (record == null) {
            return -1;
        }
        int n = Math.min(len, record.length);
        System.arraycopy(record, 0, buf, off, n);
        return n;
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        if (closed) {
            return;
        }
        try {
            sender.send(buf, off, len);
        } catch (IOException | RuntimeException e) {
            // UDP semantics: a lost flight is retransmitted by the DTLS state machine.
            dropped.incrementAndGet();
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}
