package org.vtp.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;
import org.vtp.server.classroom.Classroom;

/** The authorisation table: who × action → allowed or refused. */
class AccessPolicyTest {

    private static final Classroom MATH = new Classroom("math", "teacher-1", "Math", "m-code", true, false, false);
    private static final Classroom NO_GUESTS = new Classroom("math", "teacher-1", "Math", "m-code", false, false, false);

    static Principal who(String kind) {
        return switch (kind) {
            case "admin" -> new Principal("admin-1", "Ada", Role.ADMIN, Optional.empty());
            case "owner" -> new Principal("teacher-1", "Tom", Role.TEACHER, Optional.empty());
            case "otherTeacher" -> new Principal("teacher-2", "Tia", Role.TEACHER, Optional.empty());
            case "studentOwner" -> new Principal("teacher-1", "Sam", Role.STUDENT, Optional.empty());
            case "student" -> new Principal("student-1", "Sue", Role.STUDENT, Optional.empty());
            case "guest" -> new Principal("guest-1", "Gus", Role.GUEST, Optional.of("math"));
            case "otherGuest" -> new Principal("guest-2", "Gil", Role.GUEST, Optional.of("history"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "admin, OWN_MEDIA, true", "admin, CONSUME, true", "admin, CLOSE_OWN_PRODUCER, true",
            "admin, CLOSE_OTHER_PRODUCER, true", "admin, PAUSE_OWN_PRODUCER, true",
            "admin, PAUSE_OTHER_PRODUCER, false", "admin, REMOVE_PEER, true", "admin, LOCK_ROOM, true",
            "owner, OWN_MEDIA, true", "owner, CONSUME, true", "owner, CLOSE_OWN_PRODUCER, true",
            "owner, CLOSE_OTHER_PRODUCER, true", "owner, PAUSE_OWN_PRODUCER, true",
            "owner, PAUSE_OTHER_PRODUCER, false", "owner, REMOVE_PEER, true", "owner, LOCK_ROOM, true",
            "otherTeacher, OWN_MEDIA, true", "otherTeacher, CONSUME, true", "otherTeacher, CLOSE_OWN_PRODUCER, true",
            "otherTeacher, CLOSE_OTHER_PRODUCER, false", "otherTeacher, PAUSE_OWN_PRODUCER, true",
            "otherTeacher, PAUSE_OTHER_PRODUCER, false", "otherTeacher, REMOVE_PEER, false",
            "otherTeacher, LOCK_ROOM, false",
            "studentOwner, REMOVE_PEER, false", "studentOwner, LOCK_ROOM, false",
            "student, OWN_MEDIA, true", "student, CONSUME, true", "student, CLOSE_OWN_PRODUCER, true",
            "student, CLOSE_OTHER_PRODUCER, false", "student, PAUSE_OWN_PRODUCER, true",
            "student, PAUSE_OTHER_PRODUCER, false", "student, REMOVE_PEER, false", "student, LOCK_ROOM, false",
            "guest, OWN_MEDIA, true", "guest, CONSUME, true", "guest, CLOSE_OWN_PRODUCER, true",
            "guest, CLOSE_OTHER_PRODUCER, false", "guest, PAUSE_OWN_PRODUCER, true",
            "guest, PAUSE_OTHER_PRODUCER, false", "guest, REMOVE_PEER, false", "guest, LOCK_ROOM, false"})
    void joinedParticipantsMayActOnTheirOwnMediaAndOnlyModeratorsOnOthers(String who, RoomAction action,
                                                                          boolean allowed) {
        Optional<String> refusal = AccessPolicy.refuse(who(who), MATH, action);

        assertThat(refusal.isEmpty()).as(String.valueOf(refusal)).isEqualTo(allowed);
        refusal.ifPresent(reason -> assertThat(reason).isNotBlank());
    }

    @ParameterizedTest(name = "{0} locked={1} removed={2} guests={3} -> {4}")
    @CsvSource({
            "admin, false, false, true, true", "admin, true, false, true, true", "admin, false, true, true, false",
            "owner, true, false, true, true", "owner, true, true, true, false",
            "otherTeacher, false, false, true, true", "otherTeacher, true, false, true, false",
            "student, false, false, true, true", "student, true, false, true, false",
            "student, false, true, true, false", "student, false, false, false, true",
            "guest, false, false, true, true", "guest, true, false, true, false", "guest, false, true, true, false",
            "guest, false, false, false, false",
            "otherGuest, false, false, true, false", "otherGuest, false, false, false, false"})
    void joiningNeedsTheRightClassAnUnlockedRoomOrModerationAndNoRemoval(String who, boolean locked,
                                                                         boolean removed, boolean guests,
                                                                         boolean allowed) {
        Optional<String> refusal = AccessPolicy.refuseJoin(who(who), guests ? MATH : NO_GUESTS, locked, removed);

        assertThat(refusal.isEmpty()).as(String.valueOf(refusal)).isEqualTo(allowed);
    }
}
