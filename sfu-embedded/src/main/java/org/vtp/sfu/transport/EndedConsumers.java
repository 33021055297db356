package org.vtp.sfu.transport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vtp.sfu.api.MediaKind;

/**
 * The most recent consumers of one transport that ended, with their kind: a client may still
 * name one in an offer it sent before it heard. Bounded; thread-safe.
 */
final class EndedConsumers {
    static final int REMEMBERED = 256;

    private final Map<String, MediaKind> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MediaKind> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized void remember(String consumerId, MediaKind kind) {
        ended.put(consumerId, kind);
    }

    synchronized Optional<MediaKind> kindOf(String consumerId) {
        return Optional.ofNullable(ended.get(consumerId));
    }
}
