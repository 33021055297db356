package org.vtp.server.room;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where rooms live. The in-memory implementation serves one node; a clustered store can replace it
 * behind this interface. Safe to call from any thread.
 */
public interface RoomRegistry extends AutoCloseable {

    /**
     * The live room with this id, created empty if there is none. The caller joins it on the room's
     * executor; if by then the room {@link Room#isClosed() closed} (its last peer left meanwhile),
     * the caller asks again.
     */
    Room open(String roomId);

    Optional<Room> find(String roomId);

    Collection<Room> rooms();

    /**
     * Ends one room on its executor ({@link Room#end}); a room that is not open ends at once.
     *
     * @return completes once every peer of the room has hung up
     */
    CompletableFuture<Void> end(String roomId, EndReason reason);

    /** Ends every open room ({@link #end(String, EndReason)}); completes when all have. */
    CompletableFuture<Void> endAll(EndReason reason);

    /** Closes every room (and so every router). Call after the rooms' executors have stopped. */
    @Override
    void close();
}
