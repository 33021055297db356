package org.vtp.client.call;

import java.util.List;

/** The answer to {@code join-room}: our peer id and the others already in the room. */
public record JoinedRoom(String peerId, String roomId, List<PeerInfo> peers) {
}
