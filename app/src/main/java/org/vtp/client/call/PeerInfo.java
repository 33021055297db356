package org.vtp.client.call;

import java.util.List;

/** {@code Peer} of protocol.md: a participant and its producers already bound by an offer. */
public record PeerInfo(String peerId, String displayName, List<ProducerInfo> producers) {
}
