package org.vtp.server.signalling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.sfu.api.SfuException;

class ErrorCodeTest {

    @ParameterizedTest
    @CsvSource({
            "INVALID_ARGUMENT, INVALID_ARGUMENT",
            "ALREADY_EXISTS, INVALID_ARGUMENT",
            "NOT_FOUND, NOT_FOUND",
            "CLOSED, NOT_FOUND",
            "UNSUPPORTED, UNSUPPORTED"})
    void sfuRefusalsMapOntoProtocolCodes(SfuException.Code sfu, ErrorCode protocol) {
        assertThat(ErrorCode.of(sfu)).isEqualTo(protocol);
    }
}
