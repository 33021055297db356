package org.vtp.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H264FormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chromium constrained baseline   | level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f | 1 | true",
        "Safari, upper-case hex          | profile-level-id=42E01F;packetization-mode=1                             | 1 | true",
        "baseline with set1 only         | packetization-mode=1;profile-level-id=42401e                             | 1 | true",
        "main with set0 (CB)             | packetization-mode=1;profile-level-id=4d801f                             | 1 | true",
        "extended with set0 and set1     | packetization-mode=1;profile-level-id=58c01f                             | 1 | true",
        "plain baseline                  | packetization-mode=1;profile-level-id=42001f                             | 1 | false",
        "main                            | packetization-mode=1;profile-level-id=4d001f                             | 1 | false",
        "constrained high                | packetization-mode=1;profile-level-id=640c1f                             | 1 | false",
        "CB with a low flag set          | packetization-mode=1;profile-level-id=42e11f                             | 1 | false",
        "no profile: baseline 1.0        | packetization-mode=1                                                     | 1 | false",
        "mode 0                          | level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f | 0 | true",
        "no mode: mode 0                 | profile-level-id=42e01f                                                  | 0 | true",
        "spaces around parameters        | packetization-mode = 1 ; profile-level-id = 42e01f                       | 1 | true"
    })
    void readsModeAndProfile(String name, String fmtp, int mode, boolean constrainedBaseline) {
        H264Format format = H264Format.parse(Optional.of(fmtp)).orElseThrow();

        assertThat(format.packetizationMode()).isEqualTo(mode);
        assertThat(format.isConstrainedBaseline()).isEqualTo(constrainedBaseline);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"packetization-mode=3", "packetization-mode=one", "profile-level-id=42e0",
        "profile-level-id=42e01fff", "profile-level-id=zze01f", "packetization-mode="})
    void refusesMalformedValues(String fmtp) {
        assertThat(H264Format.parse(Optional.of(fmtp))).isEmpty();
    }
}
