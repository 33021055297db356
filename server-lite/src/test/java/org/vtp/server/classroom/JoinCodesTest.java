package org.vtp.server.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinCodesTest {

    @Test
    void codesAreThreeGroupsOfThreeFromTheUnambiguousAlphabet() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCodes.generate(random);
            assertThat(code).matches("[2-9a-hjkmnp-z]{3}-[2-9a-hjkmnp-z]{3}-[2-9a-hjkmnp-z]{3}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void aCodeCarriesAtLeastFortyBits() {
        double bits = JoinCodes.LENGTH * Math.log(JoinCodes.ALPHABET.length()) / Math.log(2);

        assertThat(bits).isGreaterThan(40);
    }

    @ParameterizedTest
    @CsvSource({"k7m-q2x-9fp, k7m-q2x-9fp", "K7M-Q2X-9FP, k7m-q2x-9fp", "k7mq2x9fp, k7m-q2x-9fp",
            "'k7m q2x 9fp', k7m-q2x-9fp", "' k7m-q2x-9fp ', k7m-q2x-9fp"})
    void typedCodesAreNormalised(String typed, String canonical) {
        assertThat(JoinCodes.normalize(typed)).hasValue(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "k7m-q2x", "k7m-q2x-9fpp", "k7m-q2x-9f0", "k7m-q2x-9fl", "k7m/q2x/9fp",
            "../../etc", "k7m-q2x-9fp-k7m-q2x-9fp-k7m-q2x-9fp", "ķ7m-q2x-9fp"})
    void nonCodesAreRejected(String typed) {
        assertThat(JoinCodes.normalize(typed)).isEmpty();
    }
}
