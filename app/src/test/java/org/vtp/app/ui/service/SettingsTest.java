package org.vtp.app.ui.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    @Test
    void aRecentServerMovesToTheFrontWithoutDuplicates() {
        Settings settings = Settings.empty().withRecentServer("a").withRecentServer("b").withRecentServer("a");

        assertThat(settings.recentServers()).containsExactly("a", "b");
    }

    @Test
    void theRecentListKeepsOnlyTheNewestEight() {
        Settings settings = Settings.empty();
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentServer("s" + i);
        }

        assertThat(settings.recentServers()).containsExactlyElementsOf(
                IntStream.iterate(11, i -> i - 1).limit(8).mapToObj(i -> "s" + i).toList());
    }

    @Test
    void theDefaultDevicesBecomeTheMediaChoice() {
        Settings settings = new Settings(List.of(), "Ada", Optional.of("cam"), Optional.empty());

        assertThat(settings.mediaChoice()).isEqualTo(new MediaChoice(Optional.of("cam"), Optional.empty()));
        assertThat(Settings.empty().mediaChoice().listensOnly()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tab\there", "x12345678901234567890123456789012345678901234567890123456789012345"})
    void invalidDisplayNamesAreExplained(String name) {
        assertThat(DisplayNames.problem(name)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada", " Ada Lovelace ", "Zoë 🎓"})
    void validDisplayNamesPass(String name) {
        assertThat(DisplayNames.problem(name)).isEmpty();
    }
}
