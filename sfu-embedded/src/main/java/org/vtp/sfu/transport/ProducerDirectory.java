package org.vtp.sfu.transport;

import java.util.Optional;
import org.vtp.sfu.stream.SfuProducer;

/** The producers of one router, as its transports need them: to publish and to consume. */
public interface ProducerDirectory {

    Optional<SfuProducer> find(String producerId);

    /** Registers a new producer; false when the id is taken in this router. */
    boolean register(SfuProducer producer);

    void unregister(SfuProducer producer);
}
