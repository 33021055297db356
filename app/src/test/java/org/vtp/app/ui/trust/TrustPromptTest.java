package org.vtp.app.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vtp.client.tls.PresentedCertificate;

class TrustPromptTest {
    private static final PresentedCertificate NEW = new PresentedCertificate("3f2a91c077de4b18" + "0".repeat(48));
    private static final PresentedCertificate OLD = new PresentedCertificate("aa".repeat(32));

    @Test
    void aFirstUseAsksWhetherTheCodeIsTheTeachersInFourGroups() {
        TrustPrompt prompt = new TrustPrompt("10.0.0.7:9000", NEW, Optional.empty());

        assertThat(prompt.shortCode()).isEqualTo("3F2A 91C0 77DE 4B18");
        assertThat(prompt.question()).isEqualTo("Is this the code your teacher shows?");
        assertThat(prompt.message()).contains("10.0.0.7:9000", "first time");
        assertThat(prompt.fullFingerprint()).startsWith("SHA-256 3F:2A:91:C0:77:DE:4B:18:00:");
        assertThat(prompt.trustLabel()).isEqualTo("Trust");
    }

    @Test
    void aChangedCertificateWarnsAndNamesTheOldCode() {
        TrustPrompt prompt = new TrustPrompt("10.0.0.7:9000", NEW, Optional.of(OLD));

        assertThat(prompt.title()).startsWith("Warning");
        assertThat(prompt.message()).contains("AAAA AAAA AAAA AAAA", "posing");
        assertThat(prompt.trustLabel()).isEqualTo("Trust the new certificate");
    }
}
