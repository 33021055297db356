package org.vtp.server.access;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.vtp.server.classroom.Classroom;

/**
 * The live access state of every classroom of this node: a lock a moderator set during the class
 * (overriding the stored flag until the server stops) and who was removed. Kept in memory and kept
 * after the room empties, so that a removed participant cannot come back by waiting. Thread-safe;
 * signalling changes and reads it on the room's executor so a join and a removal never interleave.
 */
public final class RoomGates {

    /** A room never remembers more removals than this (bounds memory; no class is this big). */
    public static final int MAX_REMOVED = 10_000;

    private final ConcurrentMap<String, Gate> gates = new ConcurrentHashMap<>();

    public boolean isLocked(Classroom classroom) {
        Gate gate = gates.get(classroom.id());
        Boolean live = gate == null ? null : gate.locked;
        return live != null ? live : classroom.locked();
    }

    public void setLocked(String classroomId, boolean locked) {
        gate(classroomId).locked = locked;
    }

    /** @return false if the room's list is full (the caller refuses the removal) */
    public boolean remove(String classroomId, String subject) {
        Set<String> removed = gate(classroomId).removed;
        if (removed.size() >= MAX_REMOVED && !removed.contains(subject)) {
            return false;
        }
        removed.add(subject);
        return true;
    }

    public boolean isRemoved(String classroomId, String subject) {
        Gate gate = gates.get(classroomId);
        return gate != null && gate.removed.contains(subject);
    }

    private Gate gate(String classroomId) {
        return gates.computeIfAbsent(classroomId, id -> new Gate());
    }

    private static final class Gate {
        volatile Boolean locked;
        final Set<String> removed = ConcurrentHashMap.newKeySet();
    }
}
