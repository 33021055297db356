package org.vtp.server.testing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.vtp.server.auth.AuthException;
import org.vtp.server.auth.GuestTokenIssuer;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;
import org.vtp.server.auth.TokenVerifier;

/**
 * A readable stand-in for the token service: {@code user|<subject>|<ROLE>|<name>} and
 * {@code guest|<classroomId>|<name>|<n>} tokens, no signature. Anything else is INVALID_TOKEN.
 */
public final class FakeTokens implements TokenVerifier, GuestTokenIssuer {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static String user(String subject, Role role, String name) {
        return "user|" + subject + "|" + role.name() + "|" + name;
    }

    /** A student without a name: the join-room payload names it (what the older ITs expect). */
    public static String anonymousStudent() {
        return user("student-" + SEQUENCE.incrementAndGet(), Role.STUDENT, "");
    }

    public static String guest(String classroomId, String name) {
        return "guest|" + classroomId + "|" + name + "|" + SEQUENCE.incrementAndGet();
    }

    @Override
    public String issue(String classroomId, String displayName) {
        return guest(classroomId, displayName);
    }

    @Override
    public Principal verify(String token) throws AuthException {
        String[] parts = token.split("\\|", -1);
        if (parts.length == 4 && parts[0].equals("user")) {
            try {
                Role role = Role.valueOf(parts[2]);
                if (role != Role.GUEST) {
                    return new Principal(parts[1], parts[3], role, Optional.empty());
                }
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
        }
        if (parts.length == 4 && parts[0].equals("guest")) {
            return new Principal("guest-" + parts[3], parts[2], Role.GUEST, Optional.of(parts[1]));
        }
        throw invalid();
    }

    private static AuthException invalid() {
        return new AuthException(AuthException.Code.INVALID_TOKEN, "not a token");
    }
}
