package org.vtp.client.call;

import java.util.List;

/**
 * The answer to {@code join-room}: our peer id, the class's name ({@code roomName}, empty when the
 * server sent none) and the others already in the room.
 */
public record JoinedRoom(String peerId, String roomId, String roomName, List<PeerInfo> peers) {
}
