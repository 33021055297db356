package org.vtp.client.signalling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.client.e2e.TestAccounts;
import org.vtp.client.link.JoinLink;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.sfu.Sfu;

/** Signing in to a real secured server: admissions by code, renewal through the refresh token. */
class AccountSessionIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PASSWORD = "a long class password 42";

    @TempDir
    Path dataDir;

    @Test
    void aSignedInStudentIsAdmittedToAClassByItsCodeWithAnAccessToken() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Sfu sfu = Sfu.start(config.sfuConfig()); VtpServer server = VtpServer.startSecured(config, sfu)) {
            String code = server.openHostedClass("Chemistry 9").code();
            TestAccounts.register(server.localUri(), "grace@school.example", "Grace Hopper", PASSWORD);
            JoinLink link = JoinLink.parse(server.localUri().resolve("/join/" + code).toString());

            AccountSession session = AccountSession.signIn(link, "grace@school.example", PASSWORD, WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Admission admission = session.admissions(link).admit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(session.displayName()).isEqualTo("Grace Hopper");
            assertThat(session.role()).isEqualTo("student");
            assertThat(admission.className()).isEqualTo("Chemistry 9");
            assertThat(server.accounts().tokens().verify(admission.token()).displayName()).isEqualTo("Grace Hopper");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheServersCode() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Sfu sfu = Sfu.start(config.sfuConfig()); VtpServer server = VtpServer.startSecured(config, sfu)) {
            TestAccounts.register(server.localUri(), "ada@school.example", "Ada", PASSWORD);
            JoinLink link = JoinLink.parse(server.localUri().resolve("/join/abc-def-ghj").toString());

            assertThatThrownBy(() -> AccountSession.signIn(link, "ada@school.example", "not the password", WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOfSatisfying(SignallingException.class,
                            e -> assertThat(e.code()).isEqualTo("BAD_CREDENTIALS"));
        }
    }

    @Test
    void anAccessTokenNearItsExpiryIsRenewedThroughTheRotatingRefreshToken() throws Exception {
        ServerConfig config = ServerConfig.loopback(dataDir);
        try (Sfu sfu = Sfu.start(config.sfuConfig()); VtpServer server = VtpServer.startSecured(config, sfu)) {
            TestAccounts.register(server.localUri(), "linus@school.example", "Linus", PASSWORD);
            JoinLink link = JoinLink.parse(server.localUri().resolve("/join/abc-def-ghj").toString());
            AtomicLong now = new AtomicLong();
            AccountSession session = AccountSession.signIn(link, "linus@school.example", PASSWORD, WAIT, now::get)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            String first = session.accessToken().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(session.accessToken().get(WAIT.toSeconds(), TimeUnit.SECONDS)).isSameAs(first);

            now.addAndGet(TimeUnit.MINUTES.toNanos(14) + 1);
            var renewing = session.accessToken();
            assertThat(session.accessToken()).as("one renewal in flight").isSameAs(renewing);
            String second = renewing.get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(server.accounts().tokens().verify(second).displayName()).isEqualTo("Linus");
            assertThat(session.accessToken().get(WAIT.toSeconds(), TimeUnit.SECONDS)).isSameAs(second);

            // A second renewal only works if the first kept the rotated refresh token: presenting a
            // used one again makes the server revoke the whole sign-in (REVOKED_TOKEN).
            now.addAndGet(TimeUnit.MINUTES.toNanos(14) + 1);
            String third = session.accessToken().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(server.accounts().tokens().verify(third).displayName()).isEqualTo("Linus");
        }
    }
}
