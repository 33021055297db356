package org.vtp.server.classroom;

import java.util.Optional;

/** Read access to classrooms for signalling and join pages. Thread-safe. */
public interface ClassroomDirectory {

    Optional<Classroom> byId(String id);

    /** Lookup by join code; callers rate-limit guessing. */
    Optional<Classroom> byCode(String code);
}
