package org.vtp.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.FakeDeviceCatalog;
import org.vtp.app.ui.service.FakeSettingsStore;
import org.vtp.app.ui.service.RecordingNavigator;
import org.vtp.app.ui.service.Settings;

class SettingsViewModelTest {
    private final FakeSettingsStore store = new FakeSettingsStore(
            new Settings(List.of("https://a", "https://b"), "Ada", Optional.of("/dev/video0"), Optional.of("gone-mic")));
    private final FakeDeviceCatalog devices = new FakeDeviceCatalog();
    private final RecordingNavigator navigator = new RecordingNavigator();

    private SettingsViewModel model() {
        return new SettingsViewModel(store, devices, navigator, Runnable::run);
    }

    @Test
    void showsTheSavedValuesAndTheCatalogWithANoneEntry() {
        SettingsViewModel model = model();

        assertThat(model.nameProperty().get()).isEqualTo("Ada");
        assertThat(model.recentServers()).containsExactly("https://a", "https://b");
        assertThat(model.cameras()).containsExactly(DeviceInfo.none(), FakeDeviceCatalog.WEBCAM, DeviceInfo.testPattern());
        assertThat(model.cameraProperty().get()).isEqualTo(FakeDeviceCatalog.WEBCAM);
    }

    @Test
    void aSavedDeviceThatIsNotPluggedInStaysSelected() {
        SettingsViewModel model = model();

        assertThat(model.microphoneProperty().get().id()).isEqualTo("gone-mic");
        assertThat(model.microphones()).contains(FakeDeviceCatalog.HEADSET, model.microphoneProperty().get());
    }

    @Test
    void devicesArrivingLaterAreMergedIn() {
        devices.cameras = new CompletableFuture<>();
        SettingsViewModel model = model();
        assertThat(model.cameraProperty().get().id()).isEqualTo("/dev/video0");

        devices.cameras.complete(List.of(FakeDeviceCatalog.WEBCAM));

        assertThat(model.cameras()).containsExactly(DeviceInfo.none(), FakeDeviceCatalog.WEBCAM);
        assertThat(model.cameraProperty().get().name()).isEqualTo("Integrated Webcam");
    }

    @Test
    void savingStoresNameDevicesAndServersAndGoesBack() {
        SettingsViewModel model = model();
        model.nameProperty().set(" Grace ");
        model.cameraProperty().set(DeviceInfo.none());
        model.microphoneProperty().set(FakeDeviceCatalog.HEADSET);
        model.clearRecentServers();

        assertThat(model.save()).isTrue();

        assertThat(store.settings).isEqualTo(new Settings(List.of(), "Grace", Optional.empty(), Optional.of("alsa:headset")));
        assertThat(navigator.screens).containsExactly("start");
    }

    @Test
    void theSpeakerListStartsWithTheSystemDefaultAndTheChoiceIsSaved() {
        SettingsViewModel model = model();
        assertThat(model.speakers()).containsExactly(DeviceInfo.systemDefault(), FakeDeviceCatalog.SPEAKERS,
                FakeDeviceCatalog.HEADPHONES);
        assertThat(model.speakerProperty().get()).isEqualTo(DeviceInfo.systemDefault());

        model.speakerProperty().set(FakeDeviceCatalog.HEADPHONES);
        model.save();

        assertThat(store.settings.speakerId()).contains("alsa_output.headset");
        assertThat(store.settings.mediaChoice().speakerId()).contains("alsa_output.headset");
    }

    @Test
    void aSavedSpeakerIsSelectedAndTheSystemDefaultSavesAsNoSpeaker() {
        store.settings = store.settings.withSpeaker(Optional.of("alsa_output.speakers"));
        SettingsViewModel model = model();
        assertThat(model.speakerProperty().get()).isEqualTo(FakeDeviceCatalog.SPEAKERS);

        model.speakerProperty().set(DeviceInfo.systemDefault());
        model.save();

        assertThat(store.settings.speakerId()).isEmpty();
    }

    @Test
    void withoutASoundServerOnlyTheSystemDefaultSpeakerIsOffered() {
        devices.speakers = CompletableFuture.completedFuture(List.of());

        assertThat(model().speakers()).containsExactly(DeviceInfo.systemDefault());
    }

    @Test
    void anInvalidNameCannotBeSaved() {
        SettingsViewModel model = model();
        model.nameProperty().set("bad\u0007name");

        assertThat(model.nameProblemBinding().get()).isPresent();
        assertThat(model.save()).isFalse();
        assertThat(store.saves).isZero();
        assertThat(navigator.screens).isEmpty();
    }

    @Test
    void cancelChangesNothing() {
        SettingsViewModel model = model();
        model.nameProperty().set("Someone else");

        model.cancel();

        assertThat(store.saves).isZero();
        assertThat(navigator.screens).containsExactly("start");
    }

    @Test
    void theDefaultServerIsTheFirstRecentOneAndSavingAnotherPutsItFirst() {
        SettingsViewModel model = model();
        assertThat(model.defaultServerProperty().get()).isEqualTo("https://a");

        model.defaultServerProperty().set(" 192.168.1.20:8443 ");
        assertThat(model.save()).isTrue();

        assertThat(store.load().recentServers()).containsExactly("https://192.168.1.20:8443", "https://a", "https://b");
    }

    @Test
    void aMalformedDefaultServerIsExplainedAndNotSaved() {
        SettingsViewModel model = model();

        model.defaultServerProperty().set("http://exa mple:port");

        assertThat(model.serverProblemBinding().get()).contains("Not a server address (e.g. 192.168.1.20:8443)");
        assertThat(model.save()).isFalse();
        assertThat(store.load().recentServers()).containsExactly("https://a", "https://b");
    }
}
