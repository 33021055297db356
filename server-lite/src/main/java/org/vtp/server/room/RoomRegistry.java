package org.vtp.server.room;

import java.util.Collection;
import java.util.Optional;

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

    /** Closes every room (and so every router). Call after the rooms' executors have stopped. */
    @Override
    void close();
}
