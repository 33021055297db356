package org.vtp.server.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.StreamStats;

/** A producer that counts nothing; closing it closes its consumers on their transports. */
public final class FakeProducer implements Producer {

    private final FakeTransport transport;
    private final String id;
    private final MediaKind kind;
    private final List<FakeConsumer> consumers = new CopyOnWriteArrayList<>();
    private volatile boolean bound;
    private volatile boolean closed;

    FakeProducer(FakeTransport transport, String id, MediaKind kind) {
        this.transport = transport;
        this.id = id;
        this.kind = kind;
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
    public MediaKind kind() {
        return kind;
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
        return new StreamStats(7, 700, 0);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        transport.forget(this);
        for (FakeConsumer consumer : consumers) {
            consumer.closeByProducer();
        }
    }

    void bind() {
        bound = true;
    }

    void attach(FakeConsumer consumer) {
        consumers.add(consumer);
    }
}
