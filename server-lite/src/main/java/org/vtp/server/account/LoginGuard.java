package org.vtp.server.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.vtp.server.throttle.RateLimiter;

/**
 * Login throttling: at most {@value #FAILURES} failures a minute per account and per address; past
 * that every attempt (right or wrong) is refused until the window frees up. A success clears the
 * account's count but not the address's (one address guessing many accounts stays slowed).
 */
final class LoginGuard {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiter accounts;
    private final RateLimiter addresses;

    LoginGuard(Clock clock) {
        this.accounts = new RateLimiter(FAILURES, WINDOW, clock);
        this.addresses = new RateLimiter(FAILURES, WINDOW, clock);
    }

    void check(String email, String address) throws AccountException {
        Optional<Duration> wait = accounts.retryAfter(email).or(() -> addresses.retryAfter(address));
        if (wait.isPresent()) {
            throw AccountException.throttled(wait.get());
        }
    }

    void failed(String email, String address) {
        accounts.record(email);
        addresses.record(address);
    }

    void succeeded(String email) {
        accounts.reset(email);
    }
}
