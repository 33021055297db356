package org.vtp.server.fake;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.Router;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportListener;
import org.vtp.sfu.api.WebRtcTransport;

/** An in-memory router: transports by id and the producers of all of them. */
public final class FakeRouter implements Router {

    private final String id;
    private final Map<String, FakeTransport> transports = new ConcurrentHashMap<>();
    private final Map<String, FakeProducer> producers = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile boolean refuseTransports;

    FakeRouter(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Codec videoCodec() {
        return Codec.VP8;
    }

    @Override
    public FakeTransport createTransport(String transportId, TransportListener listener) throws SfuException {
        if (closed) {
            throw new SfuException(SfuException.Code.CLOSED, "router closed");
        }
        if (refuseTransports) {
            throw new SfuException(SfuException.Code.UNSUPPORTED, "fake router refuses transports");
        }
        if (transports.containsKey(transportId)) {
            throw new SfuException(SfuException.Code.ALREADY_EXISTS, "transport " + transportId);
        }
        FakeTransport transport = new FakeTransport(this, transportId, listener);
        transports.put(transportId, transport);
        return transport;
    }

    @Override
    public Optional<WebRtcTransport> transport(String transportId) {
        return Optional.ofNullable(transports.get(transportId));
    }

    public Optional<FakeTransport> fakeTransport(String transportId) {
        return Optional.ofNullable(transports.get(transportId));
    }

    @Override
    public Optional<Producer> producer(String producerId) {
        return Optional.ofNullable(producers.get(producerId));
    }

    @Override
    public Collection<WebRtcTransport> transports() {
        return transports.values().stream().filter(t -> !t.isClosed()).map(WebRtcTransport.class::cast).toList();
    }

    @Override
    public void close() {
        closed = true;
        List.copyOf(transports.values()).forEach(FakeTransport::close);
    }

    public boolean isClosed() {
        return closed;
    }

    public void refuseTransports(boolean value) {
        refuseTransports = value;
    }

    void register(FakeProducer producer) {
        producers.put(producer.id(), producer);
    }

    void unregister(FakeProducer producer) {
        producers.remove(producer.id());
    }

    FakeProducer fakeProducer(String producerId) {
        return producers.get(producerId);
    }
}
