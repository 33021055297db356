package org.vtp.server;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import org.vtp.server.account.AccountException;
import org.vtp.server.account.User;
import org.vtp.server.auth.Role;
import org.vtp.server.classroom.Classroom;

/**
 * The class a teacher hosts from this machine ({@code --host-class}): on an embedded host the
 * local teacher is the admin automatically, so the server makes that account itself (with a
 * random password nobody sees: the host acts in-process, not by signing in) and opens a
 * guest-friendly class it owns. The same name on the next start reopens the same class, so a
 * shared link keeps working.
 */
final class HostedClass {

    static final String HOST_EMAIL = "host@vtp.local";

    private HostedClass() {
    }

    static Classroom open(Accounts accounts, String className) throws SQLException, AccountException {
        User host = hostUser(accounts);
        Optional<Classroom> existing = accounts.classrooms().ownedBy(host.id()).stream()
                .filter(c -> c.name().equals(className)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        return accounts.classrooms().create(host.id(), className, true, false);
    }

    private static User hostUser(Accounts accounts) throws SQLException, AccountException {
        for (User user : accounts.service().listUsers()) {
            if (user.email().equals(HOST_EMAIL)) {
                return user;
            }
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return accounts.service().createUser(null, HOST_EMAIL, "Teacher",
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), Role.ADMIN, "local");
    }
}
