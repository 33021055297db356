package org.vtp.server.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Issues and verifies the server's JWTs (RFC 7519), HS256-signed (RFC 7518 section 3.2) with the
 * key of {@link SigningKeyFile}. Claims: {@code sub}, {@code name}, {@code role}, {@code iat},
 * {@code exp}; user tokens add {@code ver} (the account's token version), guest tokens add
 * {@code cls} (the one classroom they admit to) and a fresh {@code guest-<uuid>} subject.
 * Thread-safe; time comes from the injected clock.
 */
public final class TokenService implements TokenVerifier {

    public static final Duration ACCESS_TTL = Duration.ofMinutes(15);
    /** A guest token lasts a lesson: long enough for a double period, short enough to not linger. */
    public static final Duration GUEST_TTL = Duration.ofHours(4);

    private static final String NAME = "name";
    private static final String ROLE = "role";
    private static final String VERSION = "ver";
    private static final String CLASSROOM = "cls";

    private final SecretKey key;
    private final Clock clock;
    private final RevocationCheck revocations;
    private final JwtParser parser;

    public TokenService(SecretKey key, Clock clock, RevocationCheck revocations) {
        this.key = key;
        this.clock = clock;
        this.revocations = revocations;
        this.parser = Jwts.parser().verifyWith(key).clock(() -> Date.from(clock.instant())).build();
    }

    /** A short-lived access token for a signed-in user (never a guest). */
    public String issueAccessToken(String userId, String displayName, Role role, int tokenVersion) {
        if (role == Role.GUEST) {
            throw new IllegalArgumentException("guests get guest tokens");
        }
        return sign(userId, displayName, role, ACCESS_TTL).claim(VERSION, tokenVersion).compact();
    }

    /** A token admitting one display name to one classroom; the colleague's join flow calls this. */
    public String issueGuestToken(String classroomId, String displayName) {
        return sign("guest-" + UUID.randomUUID(), displayName, Role.GUEST, GUEST_TTL)
                .claim(CLASSROOM, classroomId).compact();
    }

    @Override
    public Principal verify(String token) throws AuthException {
        if (token == null || token.isBlank() || token.length() > 4096) {
            throw new AuthException(AuthException.Code.INVALID_TOKEN, "no usable token");
        }
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token).getPayload();
        } catch (ExpiredJwtException e) {
            throw new AuthException(AuthException.Code.EXPIRED_TOKEN, "token expired");
        } catch (JwtException | IllegalArgumentException e) {
            throw new AuthException(AuthException.Code.INVALID_TOKEN, "token refused");
        }
        return principal(claims);
    }

    private Principal principal(Claims claims) throws AuthException {
        String subject = claims.getSubject();
        String name = claims.get(NAME, String.class);
        Role role = role(claims.get(ROLE, String.class));
        if (subject == null || name == null || claims.getExpiration() == null) {
            throw new AuthException(AuthException.Code.INVALID_TOKEN, "token lacks claims");
        }
        if (role == Role.GUEST) {
            String classroom = claims.get(CLASSROOM, String.class);
            if (classroom == null) {
                throw new AuthException(AuthException.Code.INVALID_TOKEN, "guest token without classroom");
            }
            return new Principal(subject, name, role, Optional.of(classroom));
        }
        Integer version = claims.get(VERSION, Integer.class);
        if (version == null) {
            throw new AuthException(AuthException.Code.INVALID_TOKEN, "token lacks claims");
        }
        if (revocations.isRevoked(subject, version)) {
            throw new AuthException(AuthException.Code.REVOKED_TOKEN, "token revoked");
        }
        return new Principal(subject, name, role, Optional.empty());
    }

    private static Role role(String claim) throws AuthException {
        try {
            return Role.valueOf(String.valueOf(claim).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AuthException(AuthException.Code.INVALID_TOKEN, "token has no valid role");
        }
    }

    private io.jsonwebtoken.JwtBuilder sign(String subject, String displayName, Role role, Duration ttl) {
        Instant now = clock.instant();
        return Jwts.builder().subject(subject).claim(NAME, displayName).claim(ROLE, role.name().toLowerCase(Locale.ROOT))
                .issuedAt(Date.from(now)).expiration(Date.from(now.plus(ttl))).signWith(key, Jwts.SIG.HS256);
    }
}
