package org.vtp.server.room;

import java.util.concurrent.CompletionStage;
import org.vtp.sfu.api.TransportState;

/**
 * The way back to one peer's client, supplied by the signalling layer at join. Called on the room's
 * executor; implementations must not block.
 */
public interface PeerChannel {

    /** Sends a protocol event to this peer's client. */
    void send(String event, Object payload);

    /** This peer's SFU transport changed state. */
    void onTransportState(TransportState state);

    /** Ends the client's connection (a moderator removed the peer); the peer leaves as on a disconnect. */
    void close();

    /**
     * Tells the client that the class is over and why, then ends its connection.
     *
     * @return completes once the connection has closed (the client received the news and hung up,
     *     or it was already gone); callers bound their wait, a client may never hang up
     */
    CompletionStage<Void> end(EndReason reason);
}
