package org.vtp.sfu.api;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * How the SFU binds and announces its single media port. Invalid values fail at construction.
 *
 * @param bindAddress the local address of the UDP socket (a wildcard address binds all)
 * @param mediaPort the one UDP port shared by every transport (0 picks a free port: tests)
 * @param announcedAddresses addresses written into ICE host candidates; never empty
 * @param maxIncomingBitrateBps the bandwidth the SFU tells senders they may use (REMB)
 */
public record SfuConfig(InetAddress bindAddress, int mediaPort, List<InetAddress> announcedAddresses,
                        long maxIncomingBitrateBps) {

    public static final int DEFAULT_MEDIA_PORT = 10000;
    public static final long DEFAULT_MAX_INCOMING_BITRATE_BPS = 2_000_000;

    public SfuConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (mediaPort < 0 || mediaPort > 65535) {
            throw new IllegalArgumentException("mediaPort must be 0..65535, was " + mediaPort);
        }
        announcedAddresses = List.copyOf(Objects.requireNonNull(announcedAddresses, "announcedAddresses"));
        if (announcedAddresses.isEmpty()) {
            throw new IllegalArgumentException("announcedAddresses must name at least one address");
        }
        if (maxIncomingBitrateBps < 30_000) {
            throw new IllegalArgumentException("maxIncomingBitrateBps must be >= 30000, was " + maxIncomingBitrateBps);
        }
    }

    public SfuConfig(InetAddress bindAddress, int mediaPort, List<InetAddress> announcedAddresses) {
        this(bindAddress, mediaPort, announcedAddresses, DEFAULT_MAX_INCOMING_BITRATE_BPS);
    }
}
