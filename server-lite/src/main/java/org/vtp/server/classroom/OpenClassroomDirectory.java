package org.vtp.server.classroom;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A server without accounts: every well-formed id names an open classroom (its code is its id,
 * guests welcome, never locked, owned by nobody, so nobody moderates it).
 */
public final class OpenClassroomDirectory implements ClassroomDirectory {

    /** Owner id of every open classroom: no principal has an empty subject. */
    public static final String NOBODY = "";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Override
    public Optional<Classroom> byId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Classroom(id, NOBODY, id, id, true, false, false));
    }

    @Override
    public Optional<Classroom> byCode(String code) {
        return byId(code);
    }
}
