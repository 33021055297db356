package org.vtp.server.room;

import org.vtp.sfu.api.Producer;

/**
 * A peer's producer as the room sees it: whether the room has been told of it ({@code newProducer},
 * once an offer bound it) and whether its sender paused it. Confined to the room's executor.
 */
public final class Track {

    private final Producer producer;
    private boolean announced;
    private boolean paused;

    Track(Producer producer) {
        this.producer = producer;
    }

    public Producer producer() {
        return producer;
    }

    public String id() {
        return producer.id();
    }

    public boolean isAnnounced() {
        return announced;
    }

    public boolean isPaused() {
        return paused;
    }

    /** @return true if the value changed */
    boolean setPaused(boolean value) {
        boolean changed = paused != value;
        paused = value;
        return changed;
    }

    /** Marks a bound, not yet announced track as announced; @return true if it just was. */
    boolean announceIfBound() {
        if (!announced && producer.isBound() && !producer.isClosed()) {
            announced = true;
            return true;
        }
        return false;
    }
}
