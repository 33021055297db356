package org.vtp.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordsTest {

    private final Passwords passwords = new Passwords(4, new SecureRandom());
    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aHashMatchesItsPasswordOnlyAndIsSalted() {
        String hash = passwords.hash("correct horse battery");

        assertThat(hash).startsWith("$2b$04$").hasSize(60);
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
        assertThat(passwords.hash("correct horse battery")).isNotEqualTo(hash);
    }

    @Test
    void tooLongOrDamagedInputNeverMatchesNorThrows() {
        String hash = passwords.hash("correct horse battery");

        assertThat(passwords.matches("x".repeat(200), hash)).isFalse();
        assertThat(passwords.matches("correct horse battery", "not a hash")).isFalse();
    }

    @Test
    void costTwelveIsTheDefaultAndItsHashTimeIsMeasured() {
        Passwords production = new Passwords(Passwords.DEFAULT_COST, new SecureRandom());
        long start = System.nanoTime();
        String hash = production.hash("correct horse battery");
        long hashNanos = System.nanoTime() - start;
        start = System.nanoTime();
        boolean ok = production.matches("correct horse battery", hash);
        long checkNanos = System.nanoTime() - start;

        System.out.printf("bcrypt cost %d: hash %.0f ms, check %.0f ms%n", production.cost(), hashNanos / 1e6,
                checkNanos / 1e6);
        assertThat(ok).isTrue();
        assertThat(hash).startsWith("$2b$12$");
    }

    @ParameterizedTest
    @CsvSource({"short, at least 10", "password123, too common", "QwertyUiop, too common",
            "ada@example.org, differ from the email"})
    void weakPasswordsAreRefusedWithAReason(String password, String reason) {
        assertThat(policy.refusal(password, "ada@example.org")).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefused() {
        assertThat(policy.refusal("é".repeat(40), "a@b.c")).hasValueSatisfying(r -> assertThat(r).contains("72"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "Tr0ub4dor&3xyz", "ünïcödé-pässwörd"})
    void reasonablePasswordsPass(String password) {
        assertThat(policy.refusal(password, "ada@example.org")).isEmpty();
    }
}
