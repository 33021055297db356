package org.vtp.sfu.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NtpTimeTest {

    @ParameterizedTest(name = "unix {0} ns is NTP {1}")
    @CsvSource({
        "0,                     83aa7e8000000000",
        "500000000,             83aa7e8080000000",
        "1700000000250000000,   e8fe6f8040000000",
        "-1000000000,           83aa7e7f00000000"
    })
    void convertsUnixNanosToNtp(long unixNanos, String ntpHex) {
        assertThat(NtpTime.fromUnixNanos(unixNanos)).isEqualTo(Long.parseUnsignedLong(ntpHex, 16));
    }

    @ParameterizedTest(name = "middle of {0} is {1}")
    @CsvSource({"e2c2b3a480000000, b3a48000", "ffffffffffffffff, ffffffff", "0000123456780000, 12345678"})
    void takesTheMiddle32Bits(String ntpHex, String middleHex) {
        assertThat(NtpTime.middle32(Long.parseUnsignedLong(ntpHex, 16))).isEqualTo(Long.parseLong(middleHex, 16));
    }
}
