package org.vtp.server.room;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.vtp.sfu.api.RouterFactory;

/** Rooms of this node, in a concurrent map; each room gets its own serial executor over one pool. */
public final class InMemoryRoomRegistry implements RoomRegistry {

    private final RouterFactory routerFactory;
    private final Executor pool;
    private final Supplier<String> ids;
    private final ConcurrentMap<String, Room> rooms = new ConcurrentHashMap<>();

    /**
     * @param pool runs the rooms' serial executors (never a netty event loop)
     * @param ids unique ids for routers
     */
    public InMemoryRoomRegistry(RouterFactory routerFactory, Executor pool, Supplier<String> ids) {
        this.routerFactory = routerFactory;
        this.pool = pool;
        this.ids = ids;
    }

    @Override
    public Room open(String roomId) {
        return rooms.computeIfAbsent(roomId, this::newRoom);
    }

    @Override
    public Optional<Room> find(String roomId) {
        return Optional.ofNullable(rooms.get(roomId));
    }

    @Override
    public Collection<Room> rooms() {
        return List.copyOf(rooms.values());
    }

    @Override
    public CompletableFuture<Void> end(String roomId, EndReason reason) {
        Room room = rooms.get(roomId);
        return room == null ? CompletableFuture.completedFuture(null) : endOnExecutor(room, reason);
    }

    @Override
    public CompletableFuture<Void> endAll(EndReason reason) {
        return CompletableFuture.allOf(rooms.values().stream().map(room -> endOnExecutor(room, reason))
                .toArray(CompletableFuture[]::new));
    }

    /** Runs {@link Room#end} where room state lives; a stopped pool drops it, hence bounded waits. */
    private static CompletableFuture<Void> endOnExecutor(Room room, EndReason reason) {
        CompletableFuture<CompletableFuture<Void>> ended = new CompletableFuture<>();
        room.executor().execute(() -> {
            try {
                ended.complete(room.end(reason));
            } catch (RuntimeException e) {
                ended.completeExceptionally(e);
            }
        });
        return ended.thenCompose(gone -> gone);
    }

    @Override
    public void close() {
        rooms.values().forEach(Room::close);
        rooms.clear();
    }

    private Room newRoom(String roomId) {
        return new Room(roomId, routerFactory, new SerialExecutor(pool), ids.get(),
                closed -> rooms.remove(roomId, closed));
    }
}
