package org.vtp.server.classroom;

import java.util.Objects;

/**
 * A class a teacher created.
 *
 * @param id stable id, also the live room id and the signalling {@code roomId}
 * @param ownerId the teacher's user id
 * @param name shown to participants
 * @param code the join code students type or follow ({@code /join/<code>})
 * @param guestsAllowed whether a display name alone admits (a guest token scoped to this class)
 * @param locked whether nobody new may join
 * @param waitingRoom whether joiners wait for the teacher (not enforced yet)
 */
public record Classroom(String id, String ownerId, String name, String code, boolean guestsAllowed, boolean locked,
                        boolean waitingRoom) {

    public Classroom {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
