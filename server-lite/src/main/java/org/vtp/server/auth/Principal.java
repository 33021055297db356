package org.vtp.server.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * An authenticated caller.
 *
 * @param subject the user id, or a guest's generated id
 * @param displayName what others see
 * @param role the caller's role
 * @param guestClassroomId for guests, the one classroom the token admits to; empty otherwise
 */
public record Principal(String subject, String displayName, Role role, Optional<String> guestClassroomId) {

    public Principal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(guestClassroomId, "guestClassroomId");
        if ((role == Role.GUEST) != guestClassroomId.isPresent()) {
            throw new IllegalArgumentException("exactly the guests are scoped to a classroom");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
