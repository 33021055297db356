package org.vtp.server.account;

import static org.vtp.server.account.AccountException.Code;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vtp.server.auth.Role;
import org.vtp.server.auth.TokenService;

/**
 * The account use cases behind the REST API and the command line: register, login, refresh,
 * logout, profile, password change, and the admin's user management. Validates every input
 * (refusals are {@link AccountException}s, never half-written rows) and audits security events.
 * Thread-safe; blocking (bcrypt, JDBC): never call it on a netty event loop.
 */
public final class AccountService {

    private final UserStore users;
    private final RefreshTokenStore refreshTokens;
    private final AuditLog audit;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final TokenService tokens;
    private final LoginGuard guard;
    private final Clock clock;
    private final boolean selfRegistration;

    public AccountService(UserStore users, RefreshTokenStore refreshTokens, AuditLog audit, Passwords passwords,
                          TokenService tokens, Clock clock, boolean selfRegistration) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.passwords = passwords;
        this.policy = PasswordPolicy.standard();
        this.tokens = tokens;
        this.guard = new LoginGuard(clock);
        this.clock = clock;
        this.selfRegistration = selfRegistration;
    }

    /** Self-registration: always a student. */
    public Session register(String email, String displayName, String password, String address)
            throws AccountException, SQLException {
        if (!selfRegistration) {
            throw new AccountException(Code.REGISTRATION_CLOSED, "self-registration is turned off on this server");
        }
        User user = create(email, displayName, password, Role.STUDENT);
        audit.record("REGISTER", user.id(), user.email(), address, null);
        return session(user, refreshTokens.issue(user.id()));
    }

    /** The same refusal for an unknown email, a wrong password and a disabled account. */
    public Session login(String email, String password, String address) throws AccountException, SQLException {
        Inputs.present(email, "email");
        Inputs.present(password, "password");
        String key = UserStore.normalEmail(email);
        guard.check(key, address);
        Optional<User> user = users.byEmail(key);
        boolean matches = user.isPresent()
                ? passwords.matches(password, users.passwordHash(user.get().id()).orElse(""))
                : burn(password);
        if (!matches || user.get().disabled()) {
            guard.failed(key, address);
            audit.record(user.isEmpty() ? "LOGIN_FAILED_UNKNOWN" : matches ? "LOGIN_DISABLED" : "LOGIN_FAILED",
                    user.map(User::id).orElse(null), key, address, null);
            throw new AccountException(Code.BAD_CREDENTIALS, "wrong email or password");
        }
        guard.succeeded(key);
        audit.record("LOGIN", user.get().id(), key, address, null);
        return session(user.get(), refreshTokens.issue(user.get().id()));
    }

    /** Rotates a refresh token; a reused one revokes its family. */
    public Session refresh(String refreshToken, String address) throws AccountException, SQLException {
        if (refreshToken == null || refreshToken.isEmpty() || refreshToken.length() > 128) {
            throw new AccountException(Code.INVALID_TOKEN, "refresh token refused");
        }
        RefreshTokenStore.Outcome outcome = refreshTokens.rotate(refreshToken);
        if (outcome instanceof RefreshTokenStore.Outcome.Reused reused) {
            audit.record("REFRESH_REUSED", reused.userId(), null, address, "family revoked");
            throw new AccountException(Code.REVOKED_TOKEN, "refresh token already used; sign in again");
        }
        if (outcome instanceof RefreshTokenStore.Outcome.Refused refused) {
            throw new AccountException(refused.why(), "refresh token refused");
        }
        RefreshTokenStore.Outcome.Rotated rotated = (RefreshTokenStore.Outcome.Rotated) outcome;
        User user = users.byId(rotated.userId()).orElseThrow(() -> revoked());
        if (user.disabled()) {
            refreshTokens.revokeAll(user.id());
            throw revoked();
        }
        return session(user, rotated.token());
    }

    /** Ends the session the refresh token belongs to; unknown tokens are ignored (idempotent). */
    public void logout(String refreshToken, String address) throws SQLException {
        if (refreshToken != null && !refreshToken.isEmpty() && refreshToken.length() <= 128) {
            String userId = refreshTokens.revokeFamily(refreshToken);
            if (userId != null) {
                audit.record("LOGOUT", userId, null, address, null);
            }
        }
    }

    public User profile(String userId) throws AccountException, SQLException {
        return users.byId(userId).filter(u -> !u.disabled()).orElseThrow(AccountService::revoked);
    }

    /** Checks the current password, sets the new one, ends every other session; returns a fresh one. */
    public Session changePassword(String userId, String current, String next, String address)
            throws AccountException, SQLException {
        Inputs.present(current, "currentPassword");
        Inputs.present(next, "newPassword");
        User user = profile(userId);
        guard.check(user.email(), address);
        if (!passwords.matches(current, users.passwordHash(userId).orElse(""))) {
            guard.failed(user.email(), address);
            audit.record("PASSWORD_CHANGE_FAILED", userId, user.email(), address, null);
            throw new AccountException(Code.BAD_CREDENTIALS, "current password is wrong");
        }
        checkPolicy(next, user.email());
        users.setPasswordHash(userId, passwords.hash(next));
        refreshTokens.revokeAll(userId);
        audit.record("PASSWORD_CHANGED", userId, user.email(), address, "other sessions revoked");
        User updated = profile(userId);
        return session(updated, refreshTokens.issue(userId));
    }

    /** An admin (or the command line, {@code actorId == null}) creates an account with any role. */
    public User createUser(String actorId, String email, String displayName, String password, Role role,
                           String address) throws AccountException, SQLException {
        User user = create(email, displayName, password, accountRole(role));
        audit.record("USER_CREATED", actorId, user.email(), address, "role " + user.role());
        return user;
    }

    public List<User> listUsers() throws SQLException {
        return users.all();
    }

    public User changeRole(String actorId, String userId, Role role, String address)
            throws AccountException, SQLException {
        User user = other(actorId, userId);
        users.setRole(userId, accountRole(role));
        audit.record("ROLE_CHANGED", actorId, user.email(), address, user.role() + " -> " + role);
        return users.byId(userId).orElseThrow();
    }

    /** Disabling also ends every session and refuses the user's access tokens at once. */
    public User setDisabled(String actorId, String userId, boolean disabled, String address)
            throws AccountException, SQLException {
        User user = other(actorId, userId);
        users.setDisabled(userId, disabled);
        if (disabled) {
            refreshTokens.revokeAll(userId);
        }
        audit.record(disabled ? "USER_DISABLED" : "USER_ENABLED", actorId, user.email(), address, null);
        return users.byId(userId).orElseThrow();
    }

    public boolean hasUsers() throws SQLException {
        return users.count() > 0;
    }

    User create(String email, String displayName, String password, Role role) throws AccountException, SQLException {
        String normal = Inputs.email(email);
        String name = Inputs.displayName(displayName);
        Inputs.present(password, "password");
        checkPolicy(password, normal);
        User user = UserStore.newUser(UUID.randomUUID().toString(), normal, name, role, clock.instant());
        if (!users.insert(user, passwords.hash(password))) {
            throw new AccountException(Code.EMAIL_TAKEN, "an account with this email exists");
        }
        return user;
    }

    private void checkPolicy(String password, String email) throws AccountException {
        Optional<String> refusal = policy.refusal(password, email);
        if (refusal.isPresent()) {
            throw Inputs.invalid(refusal.get());
        }
    }

    private User other(String actorId, String userId) throws AccountException, SQLException {
        if (userId.equals(actorId)) {
            throw new AccountException(Code.CONFLICT, "admins cannot change or disable their own account here");
        }
        return users.byId(userId).orElseThrow(() -> new AccountException(Code.NOT_FOUND, "no such user"));
    }

    private static Role accountRole(Role role) throws AccountException {
        if (role == null || role == Role.GUEST) {
            throw Inputs.invalid("role must be admin, teacher or student");
        }
        return role;
    }

    private boolean burn(String password) {
        passwords.burn(password);
        return false;
    }

    private Session session(User user, String refreshToken) {
        String access = tokens.issueAccessToken(user.id(), user.displayName(), user.role(), user.tokenVersion());
        return new Session(access, refreshToken, user);
    }

    private static AccountException revoked() {
        return new AccountException(Code.REVOKED_TOKEN, "account disabled or removed");
    }
}
