package org.vtp.server.testing;

import org.vtp.server.Access;
import org.vtp.server.classroom.ClassroomDirectory;
import org.vtp.server.classroom.OpenClassroomDirectory;

/** Token-checking access for integration tests, over fake tokens. */
public final class TestAccess {

    private TestAccess() {
    }

    /** Tokens required; every well-formed room id is an open classroom owned by nobody. */
    public static Access tokensAnyRoom() {
        return tokens(new OpenClassroomDirectory());
    }

    public static Access tokens(ClassroomDirectory classrooms) {
        FakeTokens tokens = new FakeTokens();
        return Access.accounts(tokens, classrooms, tokens);
    }
}
