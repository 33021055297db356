package org.vtp.server.fake;

import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.StreamStats;

/** A consumer that forwards nothing. */
public final class FakeConsumer implements Consumer {

    private final FakeTransport transport;
    private final String id;
    private final FakeProducer producer;
    private volatile boolean bound;
    private volatile boolean closed;

    FakeConsumer(FakeTransport transport, String id, FakeProducer producer) {
        this.transport = transport;
        this.id = id;
        this.producer = producer;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String transportId() {
        return transport.id();
    }

    @Override
    public String producerId() {
        return producer.id();
    }

    @Override
    public MediaKind kind() {
        return producer.kind();
    }

    @Override
    public long ssrc() {
        return id.hashCode() & 0xffffffffL;
    }

    @Override
    public boolean isBound() {
        return bound;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public StreamStats stats() {
        return new StreamStats(3, 300, 0);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            transport.forget(this);
        }
    }

    void bind() {
        bound = true;
    }

    void closeByProducer() {
        if (!closed) {
            closed = true;
            transport.consumerClosedByProducer(this);
        }
    }
}
