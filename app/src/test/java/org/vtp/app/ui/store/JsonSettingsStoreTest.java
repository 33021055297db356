package org.vtp.app.ui.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.app.ui.service.Settings;

class JsonSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsLoadBackInANewStore() {
        Settings settings = new Settings(List.of("https://10.0.0.5:8443", "https://b"), "Zoë", Optional.of("/dev/video0"),
                Optional.empty());

        new JsonSettingsStore(dir.resolve("nested")).save(settings);

        assertThat(new JsonSettingsStore(dir.resolve("nested")).load()).isEqualTo(settings);
    }

    @Test
    void aChosenSpeakerIsSavedAndLoadedBack() {
        Settings settings = new Settings(List.of(), "Ada", Optional.empty(), Optional.of("mic"), Optional.of("vtp_speaker"));

        new JsonSettingsStore(dir).save(settings);

        assertThat(new JsonSettingsStore(dir).load().speakerId()).contains("vtp_speaker");
    }

    @Test
    void aFileWrittenBeforeSpeakersExistedLoadsWithTheDefaultSpeaker() throws Exception {
        Files.writeString(dir.resolve("settings.json"),
                "{\"recentServers\": [\"https://a\"], \"lastName\": \"Ada\", \"cameraId\": \"cam\", \"microphoneId\": null}");

        Settings loaded = new JsonSettingsStore(dir).load();

        assertThat(loaded).isEqualTo(new Settings(List.of("https://a"), "Ada", Optional.of("cam"), Optional.empty()));
        assertThat(loaded.speakerId()).isEmpty();
    }

    @Test
    void noFileMeansEmptySettings() {
        assertThat(new JsonSettingsStore(dir).load()).isEqualTo(Settings.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage{", "[1,2]", "null", "{\"recentServers\": 5, \"lastName\": 7}",
        "{\"recentServers\": [1, \"\", \"https://ok\"], \"cameraId\": {}}"})
    void unreadableOrStrangeFilesNeverThrow(String content) throws Exception {
        Files.writeString(dir.resolve("settings.json"), content);

        Settings loaded = new JsonSettingsStore(dir).load();

        assertThat(loaded.lastName()).isEmpty();
        assertThat(loaded.cameraId()).isEmpty();
        assertThat(loaded.recentServers()).allMatch(s -> s.equals("https://ok"));
    }

    @Test
    void aHugeRecentListIsCutToTheLimit() throws Exception {
        StringBuilder many = new StringBuilder("{\"recentServers\": [");
        for (int i = 0; i < 100; i++) {
            many.append(i == 0 ? "" : ",").append("\"https://s").append(i).append('"');
        }
        Files.writeString(dir.resolve("settings.json"), many.append("]}"));

        assertThat(new JsonSettingsStore(dir).load().recentServers()).hasSize(Settings.MAX_RECENT);
    }

    @Test
    void trustedCertificatesAreRememberedPerHostAndPortAndSurviveSavingSettings() {
        JsonSettingsStore store = new JsonSettingsStore(dir);
        store.trustCertificate("10.0.0.5:8443", "ab".repeat(32));
        store.trustCertificate("[::1]:8443", "cd".repeat(32));

        store.save(Settings.empty().withLastName("Ada"));
        store.trustCertificate("10.0.0.5:8443", "ef".repeat(32));

        JsonSettingsStore again = new JsonSettingsStore(dir);
        assertThat(again.trustedCertificate("10.0.0.5:8443")).contains("ef".repeat(32));
        assertThat(again.trustedCertificate("[::1]:8443")).contains("cd".repeat(32));
        assertThat(again.trustedCertificate("10.0.0.5:9999")).isEmpty();
        assertThat(again.load().lastName()).isEqualTo("Ada");
    }

    @Test
    void aTamperedTrustedCertificateIsIgnored() throws Exception {
        Files.writeString(dir.resolve("settings.json"),
                "{\"trustedServers\": {\"a:1\": \"not hex\", \"b:2\": 7, \"c:3\": \"" + "AB".repeat(32) + "\"}}");

        JsonSettingsStore store = new JsonSettingsStore(dir);

        assertThat(store.trustedCertificate("a:1")).isEmpty();
        assertThat(store.trustedCertificate("b:2")).isEmpty();
        assertThat(store.trustedCertificate("c:3")).isEmpty();
    }
}
