package org.vtp.server.classroom;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Classrooms held in memory: for an embedded server without an account store, and for tests.
 * Thread-safe; a classroom put again replaces the earlier one with the same id.
 */
public final class InMemoryClassroomDirectory implements ClassroomDirectory {

    private final ConcurrentMap<String, Classroom> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Classroom> byCode = new ConcurrentHashMap<>();

    public InMemoryClassroomDirectory put(Classroom classroom) {
        Classroom previous = byId.put(classroom.id(), classroom);
        if (previous != null) {
            byCode.remove(previous.code(), previous);
        }
        byCode.put(classroom.code(), classroom);
        return this;
    }

    @Override
    public Optional<Classroom> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Classroom> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
