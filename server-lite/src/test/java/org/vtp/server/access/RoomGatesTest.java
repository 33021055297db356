package org.vtp.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vtp.server.classroom.Classroom;

class RoomGatesTest {

    private static Classroom classroom(String id, boolean locked) {
        return new Classroom(id, "t", "n", "c-" + id, true, locked, false);
    }

    @Test
    void aLiveLockOverridesTheStoredFlagBothWays() {
        RoomGates gates = new RoomGates();
        assertThat(gates.isLocked(classroom("a", false))).isFalse();
        assertThat(gates.isLocked(classroom("a", true))).isTrue();

        gates.setLocked("a", true);
        assertThat(gates.isLocked(classroom("a", false))).isTrue();
        gates.setLocked("a", false);
        assertThat(gates.isLocked(classroom("a", true))).isFalse();
        assertThat(gates.isLocked(classroom("b", true))).as("other rooms keep their flag").isTrue();
    }

    @Test
    void removalsAreRememberedPerRoom() {
        RoomGates gates = new RoomGates();

        assertThat(gates.remove("a", "student-1")).isTrue();

        assertThat(gates.isRemoved("a", "student-1")).isTrue();
        assertThat(gates.isRemoved("b", "student-1")).isFalse();
        assertThat(gates.isRemoved("a", "student-2")).isFalse();
    }

    @Test
    void aFullRemovalListRefusesNewEntriesButKeepsOldOnes() {
        RoomGates gates = new RoomGates();
        for (int i = 0; i < RoomGates.MAX_REMOVED; i++) {
            assertThat(gates.remove("a", "s" + i)).isTrue();
        }

        assertThat(gates.remove("a", "one-too-many")).isFalse();
        assertThat(gates.remove("a", "s0")).isTrue();
        assertThat(gates.isRemoved("a", "one-too-many")).isFalse();
    }
}
