package org.vtp.sfu.transport;

import java.time.Clock;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.vtp.sfu.channel.ChannelSettings;
import org.vtp.sfu.ice.MediaPort;

/**
 * What every transport of an SFU shares.
 *
 * @param mediaPort the single UDP port
 * @param channelSettings DTLS certificate, executors and timeouts of secure channels
 * @param wallClock the clock of RTCP NTP timestamps
 * @param nanoClock monotonic time for the media path
 * @param random SSRCs, initial sequence numbers and timestamps, SDP session ids
 * @param maxIncomingBitrateBps the REMB value sent to producers
 */
public record TransportContext(MediaPort mediaPort, ChannelSettings channelSettings, Clock wallClock,
                               LongSupplier nanoClock, RandomGenerator random, long maxIncomingBitrateBps) {

    public TransportContext {
        Objects.requireNonNull(mediaPort, "mediaPort");
        Objects.requireNonNull(channelSettings, "channelSettings");
        Objects.requireNonNull(wallClock, "wallClock");
        Objects.requireNonNull(nanoClock, "nanoClock");
        Objects.requireNonNull(random, "random");
    }

    /** A random non-zero 32-bit SSRC. */
    long newSsrc() {
        long ssrc;
        do {
            ssrc = random.nextLong() & 0xFFFF_FFFFL;
        } while (ssrc == 0);
        return ssrc;
    }
}
