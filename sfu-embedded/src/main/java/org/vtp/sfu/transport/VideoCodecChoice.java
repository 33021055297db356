package org.vtp.sfu.transport;

import java.util.Optional;
import java.util.Set;
import org.vtp.sfu.api.Codec;

/**
 * The room's one video codec, as a transport needs it while answering (implemented by the router).
 * {@code offered} is what a client's offer offers in all its video sections, empty when it has
 * none (it constrains nothing).
 */
public interface VideoCodecChoice {

    /** The codec the room would choose with this transport's offer; changes nothing. */
    Codec videoCodecWith(String transportId, Optional<Set<Codec>> offered);

    /** The transport's offer was applied: the choice now counts it. */
    void offerApplied(String transportId, Optional<Set<Codec>> offered);
}
