package org.vtp.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final String HEX = "3f2a91c077de4b18" + "00112233445566778899aabbccddeeff" + "0123456789abcdef";

    @Test
    void theShortFormIsTheFirstEightBytesInFourGroupsOfFourUpperCaseDigits() {
        assertThat(Fingerprints.shortForm(HEX)).isEqualTo("3F2A 91C0 77DE 4B18");
    }

    @Test
    void theShortFormStartsLikeTheFormBrowsersShow() {
        assertThat(Fingerprints.forDisplay(HEX).replace(":", "")).startsWith(Fingerprints.shortForm(HEX).replace(" ", ""));
    }

    @Test
    void theShortFormRefusesWhatIsNotASha256() {
        assertThatThrownBy(() -> Fingerprints.shortForm("3f2a")).isInstanceOf(IllegalArgumentException.class);
    }
}
