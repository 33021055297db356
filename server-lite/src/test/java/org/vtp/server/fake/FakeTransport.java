package org.vtp.server.fake;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportListener;
import org.vtp.sfu.api.TransportState;
import org.vtp.sfu.api.WebRtcTransport;

/**
 * A transport without media. An offer must start with {@code v=0}; one containing
 * {@code a=x-unsupported} is refused as UNSUPPORTED; otherwise every mapped producer or consumer is
 * bound and a canned answer returned. Calls its listener synchronously, as a real SFU may.
 */
public final class FakeTransport implements WebRtcTransport {

    public static final String UNSUPPORTED_MARKER = "a=x-unsupported";

    private final FakeRouter router;
    private final String id;
    private final TransportListener listener;
    private final Map<String, FakeProducer> producers = new ConcurrentHashMap<>();
    private final Map<String, FakeConsumer> consumers = new ConcurrentHashMap<>();
    private final List<String> remoteCandidates = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> offers = new CopyOnWriteArrayList<>();
    private volatile TransportState state = TransportState.NEW;

    FakeTransport(FakeRouter router, String id, TransportListener listener) {
        this.router = router;
        this.id = id;
        this.listener = listener;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public TransportState state() {
        return state;
    }

    @Override
    public Producer produce(String producerId, MediaKind kind) throws SfuException {
        checkOpen();
        if (router.producer(producerId).isPresent()) {
            throw new SfuException(SfuException.Code.ALREADY_EXISTS, "producer " + producerId);
        }
        FakeProducer producer = new FakeProducer(this, producerId, kind);
        producers.put(producerId, producer);
        router.register(producer);
        return producer;
    }

    @Override
    public Consumer consume(String consumerId, String producerId) throws SfuException {
        checkOpen();
        FakeProducer producer = router.fakeProducer(producerId);
        if (producer == null || producer.isClosed()) {
            throw new SfuException(SfuException.Code.NOT_FOUND, "producer " + producerId);
        }
        FakeConsumer consumer = new FakeConsumer(this, consumerId, producer);
        consumers.put(consumerId, consumer);
        producer.attach(consumer);
        return consumer;
    }

    @Override
    public String applyOffer(String offerSdp, Map<String, String> midToId) throws SfuException {
        checkOpen();
        if (!offerSdp.startsWith("v=0")) {
            throw new SfuException(SfuException.Code.INVALID_ARGUMENT, "malformed SDP");
        }
        if (offerSdp.contains(UNSUPPORTED_MARKER)) {
            throw new SfuException(SfuException.Code.UNSUPPORTED, "no common codec");
        }
        for (String target : midToId.values()) {
            if (!producers.containsKey(target) && !consumers.containsKey(target)) {
                throw new SfuException(SfuException.Code.NOT_FOUND, "unknown id " + target);
            }
        }
        midToId.values().forEach(target -> {
            if (producers.containsKey(target)) {
                producers.get(target).bind();
            } else {
                consumers.get(target).bind();
            }
        });
        offers.add(Map.copyOf(midToId));
        if (state == TransportState.NEW) {
            changeState(TransportState.CONNECTING);
        }
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=fake answer for " + id + "\r\n";
    }

    @Override
    public void addRemoteCandidate(String candidate) throws SfuException {
        checkOpen();
        remoteCandidates.add(candidate);
    }

    @Override
    public Collection<Producer> producers() {
        return List.copyOf(producers.values());
    }

    @Override
    public Collection<Consumer> consumers() {
        return List.copyOf(consumers.values());
    }

    @Override
    public void close() {
        if (state == TransportState.CLOSED) {
            return;
        }
        List.copyOf(producers.values()).forEach(FakeProducer::close);
        List.copyOf(consumers.values()).forEach(FakeConsumer::close);
        changeState(TransportState.CLOSED);
    }

    /** Moves to a state as ICE/DTLS would, telling the listener. */
    public void changeState(TransportState next) {
        state = next;
        listener.onStateChange(next);
    }

    public List<String> remoteCandidates() {
        return List.copyOf(remoteCandidates);
    }

    public List<Map<String, String>> offers() {
        return List.copyOf(offers);
    }

    public boolean isClosed() {
        return state == TransportState.CLOSED;
    }

    void forget(FakeProducer producer) {
        producers.remove(producer.id());
        router.unregister(producer);
    }

    /** A consumer closed because its producer went away: tell the listener, as the SFU does. */
    void consumerClosedByProducer(FakeConsumer consumer) {
        consumers.remove(consumer.id());
        listener.onConsumerClosed(consumer.id(), consumer.producerId());
    }

    void forget(FakeConsumer consumer) {
        consumers.remove(consumer.id());
    }

    private void checkOpen() throws SfuException {
        if (state == TransportState.CLOSED) {
            throw new SfuException(SfuException.Code.CLOSED, "transport " + id + " closed");
        }
    }
}
