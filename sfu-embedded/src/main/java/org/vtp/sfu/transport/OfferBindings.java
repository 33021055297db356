package org.vtp.sfu.transport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.sdp.MidDecision;
import org.vtp.sfu.stream.SfuConsumer;
import org.vtp.sfu.stream.SfuProducer;

/**
 * Turns a client's mid → id map into per-mid SDP decisions, refusing unknown ids and ids bound
 * to two mids. A consumer that ended while the client's offer was on its way gets an inactive
 * section (someone leaving while another joins must not fail the joiner's offer). Pure: nothing
 * changes until the whole offer is accepted.
 */
final class OfferBindings {

    private final Map<String, MidDecision> decisions = new HashMap<>();
    private final Map<String, SfuProducer> producers = new HashMap<>();
    private final Map<String, SfuConsumer> consumers = new HashMap<>();

    static OfferBindings resolve(Map<String, String> midToId, Map<String, SfuProducer> ownProducers,
                                 Map<String, SfuConsumer> ownConsumers, EndedConsumers ended) throws SfuException {
        OfferBindings bindings = new OfferBindings();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> entry : midToId.entrySet()) {
            String mid = entry.getKey();
            String id = entry.getValue();
            if (mid == null || id == null || !seen.add(id)) {
                throw new SfuException(SfuException.Code.INVALID_ARGUMENT, "each id may be bound to one mid: " + id);
            }
            SfuProducer producer = ownProducers.get(id);
            SfuConsumer consumer = ownConsumers.get(id);
            if (producer != null && !producer.isClosed()) {
                bindings.producers.put(mid, producer);
                bindings.decisions.put(mid, MidDecision.receive(producer.kind()));
            } else if (consumer != null && !consumer.isClosed()) {
                bindings.consumers.put(mid, consumer);
                bindings.decisions.put(mid, MidDecision.send(consumer.kind(), consumer.ssrc(),
                        consumer.producer().transportId(), consumer.producer().transportId(), consumer.id()));
            } else if (ended.kindOf(id).isPresent()) {
                bindings.decisions.put(mid, MidDecision.inactive(ended.kindOf(id).get()));
            } else {
                throw new SfuException(SfuException.Code.NOT_FOUND, "no producer or consumer " + id + " on this transport");
            }
        }
        return bindings;
    }

    Map<String, MidDecision> decisions() {
        return decisions;
    }

    SfuProducer producer(String mid) {
        return producers.get(mid);
    }

    SfuConsumer consumer(String mid) {
        return consumers.get(mid);
    }

    boolean binds(String mid) {
        return decisions.containsKey(mid);
    }
}
