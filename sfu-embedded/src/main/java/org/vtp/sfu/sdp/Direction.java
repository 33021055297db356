package org.vtp.sfu.sdp;

import java.util.Optional;

/** A media direction attribute (RFC 8866 §6.7), always from the point of view of the SDP's author. */
public enum Direction {
    SENDRECV("sendrecv"),
    SENDONLY("sendonly"),
    RECVONLY("recvonly"),
    INACTIVE("inactive");

    private final String attribute;

    Direction(String attribute) {
        this.attribute = attribute;
    }

    /** The attribute name, e.g. {@code sendonly}. */
    public String attribute() {
        return attribute;
    }

    /** Whether the author of the SDP sends media in this direction. */
    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    /** Whether the author of the SDP receives media in this direction. */
    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    static Optional<Direction> fromAttribute(String name) {
        for (Direction d : values()) {
            if (d.attribute.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
