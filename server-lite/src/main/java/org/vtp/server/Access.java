package org.vtp.server;

import java.util.Objects;
import java.util.UUID;
import org.vtp.server.auth.GuestTokenIssuer;
import org.vtp.server.auth.TokenVerifier;
import org.vtp.server.classroom.ClassroomDirectory;
import org.vtp.server.classroom.OpenClassroomDirectory;
import org.vtp.server.signalling.HandshakeAuthenticator;

/**
 * Who may connect and which classrooms exist: what {@link VtpServer} needs from the account store.
 *
 * @param authenticator says who opens each Socket.IO connection
 * @param classrooms the classrooms rooms are opened for (a live room's id is its classroom's id)
 * @param guestTokens makes the tokens of guests admitted by a join code
 */
public record Access(HandshakeAuthenticator authenticator, ClassroomDirectory classrooms,
                     GuestTokenIssuer guestTokens) {

    public Access {
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(classrooms, "classrooms");
        Objects.requireNonNull(guestTokens, "guestTokens");
    }

    /** Accounts: every connection needs an access token or a guest token the verifier accepts. */
    public static Access accounts(TokenVerifier tokens, ClassroomDirectory classrooms, GuestTokenIssuer guestTokens) {
        return new Access(HandshakeAuthenticator.tokens(tokens), classrooms, guestTokens);
    }

    /** The server's own account store: its token service verifies and issues, its classrooms exist. */
    public static Access fromStore(Accounts accounts) {
        return accounts(accounts.tokens(), accounts.classrooms(), accounts.tokens()::issueGuestToken);
    }

    /**
     * No accounts: anyone may join any well-formed room id under the name they choose, and nobody
     * moderates. For an embedded demo and tests only; guest "tokens" are ignored placeholders.
     */
    public static Access open() {
        return new Access(HandshakeAuthenticator.OPEN, new OpenClassroomDirectory(),
                (classroomId, name) -> "open-" + UUID.randomUUID());
    }
}
