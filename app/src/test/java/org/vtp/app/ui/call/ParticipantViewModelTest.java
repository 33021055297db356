package org.vtp.app.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticipantViewModelTest {

    @ParameterizedTest
    @CsvSource({"Ada Lovelace, AL", "grace, G", "' Linus  Benedict Torvalds ', LB", "'', ''", "🎓 Zoë, 🎓Z"})
    void theNameCardShowsUpToTwoInitials(String name, String initials) {
        assertThat(new ParticipantViewModel("p", name, false).initials()).isEqualTo(initials);
    }
}
