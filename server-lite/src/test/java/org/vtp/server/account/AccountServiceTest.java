package org.vtp.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.auth.AuthException;
import org.vtp.server.auth.Role;
import org.vtp.server.auth.SigningKeyFile;
import org.vtp.server.auth.TokenService;
import org.vtp.server.store.Database;
import org.vtp.server.testing.MutableClock;

/** The account use cases on a real H2 file, with bcrypt cost 4 and a clock moved by hand. */
class AccountServiceTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private Database database;
    private TokenService tokens;
    private AccountService accounts;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        accounts = service(true);
    }

    private AccountService service(boolean selfRegistration) throws Exception {
        SecureRandom random = new SecureRandom();
        UserStore users = new UserStore(database.dataSource());
        tokens = new TokenService(SigningKeyFile.loadOrCreate(dir, random), clock, users::tokenRevoked);
        return new AccountService(users, new RefreshTokenStore(database.dataSource(), clock, random),
                new AuditLog(database.dataSource(), clock), new Passwords(4, random), tokens, clock, selfRegistration);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void registrationMakesAStudentWhoCanSignIn() throws Exception {
        Session registered = accounts.register(" Ada@Example.org ", "Ada", PASSWORD, "10.0.0.1");
        Session login = accounts.login("ada@example.org", PASSWORD, "10.0.0.1");

        assertThat(registered.user().role()).isEqualTo(Role.STUDENT);
        assertThat(login.user().email()).isEqualTo("ada@example.org");
        assertThat(tokens.verify(login.accessToken()).subject()).isEqualTo(registered.user().id());
    }

    @Test
    void aTakenEmailIsRefusedWhateverItsCase() throws Exception {
        accounts.register("ada@example.org", "Ada", PASSWORD, "a");

        assertCode(() -> accounts.register("ADA@example.org", "Ada 2", PASSWORD, "a"), AccountException.Code.EMAIL_TAKEN);
    }

    @Test
    void closedRegistrationRefusesEveryone() throws Exception {
        AccountService closed = service(false);

        assertCode(() -> closed.register("ada@example.org", "Ada", PASSWORD, "a"),
                AccountException.Code.REGISTRATION_CLOSED);
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() throws Exception {
        accounts.register("ada@example.org", "Ada", PASSWORD, "a");

        AccountException unknown = refusal(() -> accounts.login("bob@example.org", PASSWORD, "a"));
        AccountException wrong = refusal(() -> accounts.login("ada@example.org", "wrong password!", "a"));

        assertThat(unknown.code()).isEqualTo(wrong.code()).isEqualTo(AccountException.Code.BAD_CREDENTIALS);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void tenFailuresAMinuteThrottleTheAccountEvenWithTheRightPassword() throws Exception {
        accounts.register("ada@example.org", "Ada", PASSWORD, "a");
        for (int i = 0; i < 10; i++) {
            final String address = "10.0.0." + i;
            assertCode(() -> accounts.login("ada@example.org", "wrong password!", address),
                    AccountException.Code.BAD_CREDENTIALS);
        }

        AccountException throttled = refusal(() -> accounts.login("ada@example.org", PASSWORD, "10.9.9.9"));

        assertThat(throttled.code()).isEqualTo(AccountException.Code.THROTTLED);
        assertThat(throttled.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(1),
                Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.login("ada@example.org", PASSWORD, "10.9.9.9").user().email()).isEqualTo("ada@example.org");
    }

    @Test
    void tenFailuresFromOneAddressThrottleItAcrossAccounts() throws Exception {
        for (int i = 0; i < 10; i++) {
            final String email = "user" + i + "@example.org";
            assertCode(() -> accounts.login(email, PASSWORD, "10.0.0.1"), AccountException.Code.BAD_CREDENTIALS);
        }

        assertCode(() -> accounts.login("other@example.org", PASSWORD, "10.0.0.1"), AccountException.Code.THROTTLED);
        assertCode(() -> accounts.login("other@example.org", PASSWORD, "10.0.0.2"),
                AccountException.Code.BAD_CREDENTIALS);
    }

    @Test
    void refreshRotatesAndTheReuseOfAnOldTokenRevokesTheFamily() throws Exception {
        Session first = accounts.register("ada@example.org", "Ada", PASSWORD, "a");
        Session second = accounts.refresh(first.refreshToken(), "a");
        Session third = accounts.refresh(second.refreshToken(), "a");

        assertCode(() -> accounts.refresh(first.refreshToken(), "a"), AccountException.Code.REVOKED_TOKEN);
        assertCode(() -> accounts.refresh(third.refreshToken(), "a"), AccountException.Code.REVOKED_TOKEN);
    }

    @Test
    void anotherLoginsFamilySurvivesReuseInOneFamily() throws Exception {
        Session phone = accounts.register("ada@example.org", "Ada", PASSWORD, "a");
        Session laptop = accounts.login("ada@example.org", PASSWORD, "a");
        accounts.refresh(phone.refreshToken(), "a");
        assertCode(() -> accounts.refresh(phone.refreshToken(), "a"), AccountException.Code.REVOKED_TOKEN);

        assertThat(accounts.refresh(laptop.refreshToken(), "a").user().email()).isEqualTo("ada@example.org");
    }

    @Test
    void refreshTokensExpireAfterThirtyDaysAndUnknownOnesAreInvalid() throws Exception {
        Session session = accounts.register("ada@example.org", "Ada", PASSWORD, "a");
        clock.advance(RefreshTokenStore.TTL);

        assertCode(() -> accounts.refresh(session.refreshToken(), "a"), AccountException.Code.EXPIRED_TOKEN);
        assertCode(() -> accounts.refresh("no-such-token", "a"), AccountException.Code.INVALID_TOKEN);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Session session = accounts.register("ada@example.org", "Ada", PASSWORD, "a");
        accounts.logout(session.refreshToken(), "a");

        assertCode(() -> accounts.refresh(session.refreshToken(), "a"), AccountException.Code.REVOKED_TOKEN);
    }

    @Test
    void changingThePasswordRevokesOtherSessionsAndOldAccessTokens() throws Exception {
        Session other = accounts.register("ada@example.org", "Ada", PASSWORD, "a");
        Session self = accounts.login("ada@example.org", PASSWORD, "a");

        Session fresh = accounts.changePassword(self.user().id(), PASSWORD, "another good passphrase", "a");

        assertCode(() -> accounts.refresh(other.refreshToken(), "a"), AccountException.Code.REVOKED_TOKEN);
        assertCode(() -> accounts.refresh(self.refreshToken(), "a"), AccountException.Code.REVOKED_TOKEN);
        assertThatThrownBy(() -> tokens.verify(other.accessToken())).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.code()).isEqualTo(AuthException.Code.REVOKED_TOKEN));
        assertThat(tokens.verify(fresh.accessToken()).subject()).isEqualTo(self.user().id());
        assertThat(accounts.refresh(fresh.refreshToken(), "a").user().id()).isEqualTo(self.user().id());
        assertCode(() -> accounts.login("ada@example.org", PASSWORD, "a"), AccountException.Code.BAD_CREDENTIALS);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAGoodNewOne() throws Exception {
        Session self = accounts.register("ada@example.org", "Ada", PASSWORD, "a");

        assertCode(() -> accounts.changePassword(self.user().id(), "not the password", "another good passphrase", "a"),
                AccountException.Code.BAD_CREDENTIALS);
        assertCode(() -> accounts.changePassword(self.user().id(), PASSWORD, "password123", "a"),
                AccountException.Code.INVALID_ARGUMENT);
    }

    @Test
    void aDisabledUserCannotSignInRefreshOrUseAccessTokens() throws Exception {
        User admin = accounts.createUser(null, "root@example.org", "Root", PASSWORD, Role.ADMIN, "cli");
        Session ada = accounts.register("ada@example.org", "Ada", PASSWORD, "a");

        accounts.setDisabled(admin.id(), ada.user().id(), true, "a");

        assertCode(() -> accounts.login("ada@example.org", PASSWORD, "a"), AccountException.Code.BAD_CREDENTIALS);
        assertCode(() -> accounts.refresh(ada.refreshToken(), "a"), AccountException.Code.REVOKED_TOKEN);
        assertThatThrownBy(() -> tokens.verify(ada.accessToken())).isInstanceOf(AuthException.class);
    }

    @Test
    void aRoleChangeRefusesTokensOfTheOldRole() throws Exception {
        User admin = accounts.createUser(null, "root@example.org", "Root", PASSWORD, Role.ADMIN, "cli");
        Session ada = accounts.register("ada@example.org", "Ada", PASSWORD, "a");

        User teacher = accounts.changeRole(admin.id(), ada.user().id(), Role.TEACHER, "a");

        assertThat(teacher.role()).isEqualTo(Role.TEACHER);
        assertThatThrownBy(() -> tokens.verify(ada.accessToken())).isInstanceOf(AuthException.class);
        assertThat(tokens.verify(accounts.login("ada@example.org", PASSWORD, "a").accessToken()).role())
                .isEqualTo(Role.TEACHER);
    }

    @Test
    void adminsCannotDemoteOrDisableThemselvesNorMakeGuests() throws Exception {
        User admin = accounts.createUser(null, "root@example.org", "Root", PASSWORD, Role.ADMIN, "cli");

        assertCode(() -> accounts.changeRole(admin.id(), admin.id(), Role.STUDENT, "a"), AccountException.Code.CONFLICT);
        assertCode(() -> accounts.setDisabled(admin.id(), admin.id(), true, "a"), AccountException.Code.CONFLICT);
        assertCode(() -> accounts.createUser(admin.id(), "g@example.org", "G", PASSWORD, Role.GUEST, "a"),
                AccountException.Code.INVALID_ARGUMENT);
        assertCode(() -> accounts.changeRole(admin.id(), "nobody", Role.STUDENT, "a"), AccountException.Code.NOT_FOUND);
    }

    @Test
    void theFirstAdminSetupWorksOnceWithTheRightToken() throws Exception {
        FirstAdminSetup setup = new FirstAdminSetup(accounts);
        String token = setup.open(new SecureRandom()).orElseThrow();

        assertCode(() -> setup.complete("wrong", "root@example.org", "Root", PASSWORD, "a"),
                AccountException.Code.FORBIDDEN);
        User admin = setup.complete(token, "root@example.org", "Root", PASSWORD, "a");

        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertCode(() -> setup.complete(token, "two@example.org", "Two", PASSWORD, "a"), AccountException.Code.FORBIDDEN);
        assertThat(setup.open(new SecureRandom())).isEmpty();
    }

    private interface Call {
        void run() throws Exception;
    }

    private static AccountException refusal(Call call) {
        try {
            call.run();
        } catch (AccountException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        throw new AssertionError("expected a refusal");
    }

    private static void assertCode(Call call, AccountException.Code code) {
        assertThat(refusal(call).code()).isEqualTo(code);
    }
}
