package org.vtp.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.server.testing.MutableClock;

class TokenServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final TokenService tokens = new TokenService(key(1), clock, (subject, version) -> revoked.contains(subject));

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        new java.util.Random(seed).nextBytes(bytes);
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Test
    void anAccessTokenNamesItsUserAndRole() throws Exception {
        Principal principal = tokens.verify(tokens.issueAccessToken("u1", "Ada", Role.TEACHER, 0));

        assertThat(principal).isEqualTo(new Principal("u1", "Ada", Role.TEACHER, Optional.empty()));
    }

    @Test
    void aGuestTokenIsScopedToItsClassroomWithAFreshSubject() throws Exception {
        Principal first = tokens.verify(tokens.issueGuestToken("class-1", "Bo"));
        Principal second = tokens.verify(tokens.issueGuestToken("class-1", "Bo"));

        assertThat(first.role()).isEqualTo(Role.GUEST);
        assertThat(first.guestClassroomId()).hasValue("class-1");
        assertThat(first.displayName()).isEqualTo("Bo");
        assertThat(first.subject()).startsWith("guest-").isNotEqualTo(second.subject());
    }

    @Test
    void anAccessTokenExpiresAfterFifteenMinutes() throws Exception {
        String token = tokens.issueAccessToken("u1", "Ada", Role.STUDENT, 0);
        clock.advance(Duration.ofMinutes(14));
        tokens.verify(token);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertRefused(token, AuthException.Code.EXPIRED_TOKEN);
    }

    @Test
    void aGuestTokenExpiresAfterFourHours() throws Exception {
        String token = tokens.issueGuestToken("c", "Bo");
        clock.advance(TokenService.GUEST_TTL.plusSeconds(1));

        assertRefused(token, AuthException.Code.EXPIRED_TOKEN);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String token = tokens.issueAccessToken("u1", "Ada", Role.STUDENT, 0);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("student", "admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(forged, AuthException.Code.INVALID_TOKEN);
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String token = tokens.issueAccessToken("u1", "Ada", Role.STUDENT, 0);
        char last = token.charAt(token.length() - 5);
        String forged = token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 4);

        assertRefused(forged, AuthException.Code.INVALID_TOKEN);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String foreign = new TokenService(key(2), clock, RevocationCheck.NONE)
                .issueAccessToken("u1", "Ada", Role.ADMIN, 0);

        assertRefused(foreign, AuthException.Code.INVALID_TOKEN);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"u1\",\"name\":\"A\",\"role\":\"admin\",\"ver\":0,\"exp\":9999999999}".getBytes());

        assertRefused(header + "." + payload + ".", AuthException.Code.INVALID_TOKEN);
    }

    @Test
    void aRevokedUsersTokenIsRefused() {
        String token = tokens.issueAccessToken("u1", "Ada", Role.STUDENT, 0);
        revoked.add("u1");

        assertRefused(token, AuthException.Code.REVOKED_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9..", "...."})
    void garbageIsRefusedAsInvalid(String token) {
        assertRefused(token, AuthException.Code.INVALID_TOKEN);
    }

    @Test
    void nullAndHugeTokensAreRefused() {
        assertRefused(null, AuthException.Code.INVALID_TOKEN);
        assertRefused("x".repeat(10_000), AuthException.Code.INVALID_TOKEN);
    }

    @Test
    void theSigningKeyIsMadeOnceOwnerOnlyAndReusedAfterwards(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        SecretKey first = SigningKeyFile.loadOrCreate(dir, new SecureRandom());
        SecretKey again = SigningKeyFile.loadOrCreate(dir, new SecureRandom());

        assertThat(again.getEncoded()).isEqualTo(first.getEncoded()).hasSize(32);
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve(SigningKeyFile.FILE_NAME)))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    private void assertRefused(String token, AuthException.Code code) {
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
