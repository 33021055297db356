package org.vtp.server.access;

import java.util.Optional;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;
import org.vtp.server.classroom.Classroom;

/**
 * The authorisation rules of a classroom, as pure functions. A classroom is moderated by its owner
 * (a teacher) and by admins; everyone else acts only on their own media. Each check answers the
 * reason for a refusal (shown to the user), or empty when the caller may go ahead.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Whether the principal moderates the classroom: its owning teacher, or an admin. */
    public static boolean moderates(Principal who, Classroom classroom) {
        return who.isAdmin() || who.role() == Role.TEACHER && who.subject().equals(classroom.ownerId());
    }

    /**
     * @param locked whether the room is locked now (the teacher's live lock, else the stored flag)
     * @param removed whether a moderator removed this principal from the room
     */
    public static Optional<String> refuseJoin(Principal who, Classroom classroom, boolean locked, boolean removed) {
        if (who.role() == Role.GUEST) {
            if (!who.guestClassroomId().orElseThrow().equals(classroom.id())) {
                return Optional.of("this guest link is for another class");
            }
            if (!classroom.guestsAllowed()) {
                return Optional.of("this class does not admit guests");
            }
        }
        if (removed) {
            return Optional.of("you were removed from this class");
        }
        if (locked && !moderates(who, classroom)) {
            return Optional.of("the class is locked");
        }
        return Optional.empty();
    }

    /** Rules for a participant who has joined the classroom. */
    public static Optional<String> refuse(Principal who, Classroom classroom, RoomAction action) {
        return switch (action) {
            case OWN_MEDIA, CONSUME, CLOSE_OWN_PRODUCER, PAUSE_OWN_PRODUCER -> Optional.empty();
            case PAUSE_OTHER_PRODUCER -> Optional.of("only its sender may pause a track");
            case CLOSE_OTHER_PRODUCER, REMOVE_PEER, LOCK_ROOM -> moderates(who, classroom)
                    ? Optional.empty() : Optional.of("only the class's teacher or an admin may do that");
        };
    }
}
