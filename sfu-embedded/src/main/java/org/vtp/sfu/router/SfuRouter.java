package org.vtp.sfu.router;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.Router;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportListener;
import org.vtp.sfu.api.TransportState;
import org.vtp.sfu.api.WebRtcTransport;
import org.vtp.sfu.stream.SfuProducer;
import org.vtp.sfu.transport.ProducerDirectory;
import org.vtp.sfu.transport.SfuTransport;
import org.vtp.sfu.transport.TransportContext;

/**
 * One room's media. Owns its transports (closing the router closes them all) and chooses the
 * room's one video codec from their offers ({@link ClassVideoCodec}).
 */
public final class SfuRouter implements Router, ProducerDirectory {

    private final String id;
    private final TransportContext context;
    private final Consumer<SfuRouter> onClose;
    private final Map<String, SfuTransport> transports = new ConcurrentHashMap<>();
    private final Map<String, SfuProducer> producers = new ConcurrentHashMap<>();
    private final ClassVideoCodec videoCodec = new ClassVideoCodec();
    private volatile boolean closed;

    /** @param onClose told once when the router closes (the SFU forgets it) */
    public SfuRouter(String id, TransportContext context, Consumer<SfuRouter> onClose) {
        this.id = Objects.requireNonNull(id, "id");
        this.context = Objects.requireNonNull(context, "context");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized WebRtcTransport createTransport(String transportId, TransportListener listener)
            throws SfuException {
        if (closed) {
            throw new SfuException(SfuException.Code.CLOSED, "router " + id + " is closed");
        }
        if (transportId == null || transportId.isBlank() || transports.containsKey(transportId)) {
            throw new SfuException(SfuException.Code.ALREADY_EXISTS, "transport id missing or in use: " + transportId);
        }
        TransportListener forgetOnClose = new TransportListener() {
            @Override
            public void onStateChange(TransportState state) {
                if (state == TransportState.CLOSED) {
                    transports.remove(transportId);
                    videoCodec.transportClosed(transportId);
                }
                listener.onStateChange(state);
            }

            @Override
            public void onConsumerClosed(String consumerId, String producerId) {
                listener.onConsumerClosed(consumerId, producerId);
            }
        };
        SfuTransport transport = new SfuTransport(transportId, context, this, videoCodec, forgetOnClose);
        transports.put(transportId, transport);
        return transport;
    }

    @Override
    public Optional<WebRtcTransport> transport(String transportId) {
        return Optional.ofNullable(transports.get(transportId));
    }

    @Override
    public Optional<Producer> producer(String producerId) {
        return Optional.ofNullable(producers.get(producerId));
    }

    @Override
    public Collection<WebRtcTransport> transports() {
        return List.copyOf(transports.values());
    }

    @Override
    public Codec videoCodec() {
        return videoCodec.current();
    }

    @Override
    public Optional<SfuProducer> find(String producerId) {
        return Optional.ofNullable(producers.get(producerId));
    }

    @Override
    public boolean register(SfuProducer producer) {
        return producers.putIfAbsent(producer.id(), producer) == null;
    }

    @Override
    public void unregister(SfuProducer producer) {
        producers.remove(producer.id(), producer);
    }

    /** Periodic RTCP of every transport; called by the SFU timer. */
    public void tick(long nowNanos) {
        for (SfuTransport transport : transports.values()) {
            transport.tick(nowNanos);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List.copyOf(transports.values()).forEach(SfuTransport::close);
        onClose.accept(this);
    }
}
