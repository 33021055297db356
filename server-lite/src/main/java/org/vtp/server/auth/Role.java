package org.vtp.server.auth;

/** What a principal may do; a guest is scoped to one classroom. */
public enum Role {
    ADMIN,
    TEACHER,
    STUDENT,
    GUEST
}
