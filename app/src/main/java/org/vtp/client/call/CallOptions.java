package org.vtp.client.call;

import java.time.Duration;
import org.vtp.client.ice.NetworkMode;

/**
 * @param networkMode    which addresses media may use ({@link NetworkMode#LOOPBACK} in tests)
 * @param autoConsume    consume every producer of the room (existing ones at join, then each
 *                       {@code newProducer}) without being asked
 * @param requestTimeout how long to wait for each acknowledgement (protocol.md suggests 10 s)
 */
public record CallOptions(NetworkMode networkMode, boolean autoConsume, Duration requestTimeout) {
    public CallOptions {
        if (networkMode == null || requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("networkMode and a positive requestTimeout are required");
        }
    }

    public static CallOptions defaults() {
        return new CallOptions(NetworkMode.SYSTEM, true, Duration.ofSeconds(10));
    }
}
