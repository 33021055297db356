package org.vtp.app.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vtp.app.ui.service.Navigator;
import org.vtp.app.ui.service.DeviceCatalog;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.DisplayNames;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.Settings;
import org.vtp.app.ui.service.SettingsStore;

/**
 * Edits the remembered name, the default server (the first of the recent servers, which the start
 * screen preselects), the default devices and the recent servers. Camera and microphone
 * lists start with "None", the speaker list with "System default"; they fill in as the catalog answers; a saved device that is not plugged in stays selected
 * (it shows by id) so saving does not silently forget it.
 */
public final class SettingsViewModel {
    private final SettingsStore store;
    private final Navigator navigator;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<DeviceInfo> cameras = FXCollections.observableArrayList(DeviceInfo.none());
    private final ObservableList<DeviceInfo> microphones = FXCollections.observableArrayList(DeviceInfo.none());
    private final ObjectProperty<DeviceInfo> camera = new SimpleObjectProperty<>(DeviceInfo.none());
    private final ObjectProperty<DeviceInfo> microphone = new SimpleObjectProperty<>(DeviceInfo.none());
    private final ObservableList<DeviceInfo> speakers = FXCollections.observableArrayList(DeviceInfo.systemDefault());
    private final ObjectProperty<DeviceInfo> speaker = new SimpleObjectProperty<>(DeviceInfo.systemDefault());
    private final ObservableList<String> recentServers = FXCollections.observableArrayList();
    private final StringProperty defaultServer = new SimpleStringProperty("");
    private final ObjectBinding<Optional<String>> nameProblem;
    private final ObjectBinding<Optional<String>> serverProblem;

    public SettingsViewModel(SettingsStore store, DeviceCatalog devices, Navigator navigator, Executor ui) {
        this.store = store;
        this.navigator = navigator;
        Settings settings = store.load();
        name.set(settings.lastName());
        recentServers.setAll(settings.recentServers());
        defaultServer.set(settings.recentServers().isEmpty() ? "" : settings.recentServers().get(0));
        settings.cameraId().ifPresent(id -> select(cameras, camera, id));
        settings.microphoneId().ifPresent(id -> select(microphones, microphone, id));
        settings.speakerId().ifPresent(id -> select(speakers, speaker, id));
        nameProblem = Bindings.createObjectBinding(
                () -> name.get().isBlank() ? Optional.<String>empty() : DisplayNames.problem(name.get()), name);
        serverProblem = Bindings.createObjectBinding(() -> defaultServer.get().isBlank()
                || normalisedServer().isPresent() ? Optional.<String>empty()
                : Optional.of("Not a server address (e.g. 192.168.1.20:8443)"), defaultServer);
        devices.cameras().thenAcceptAsync(list -> merge(cameras, camera, list), ui);
        devices.microphones().thenAcceptAsync(list -> merge(microphones, microphone, list), ui);
        devices.speakers().thenAcceptAsync(list -> merge(speakers, speaker, list), ui);
    }

    private static void select(ObservableList<DeviceInfo> list, ObjectProperty<DeviceInfo> selected, String id) {
        DeviceInfo saved = new DeviceInfo(id, id.equals(DeviceInfo.TEST_PATTERN_ID) ? "Test pattern" : id);
        list.add(saved);
        selected.set(saved);
    }

    /** Adds the catalog's devices; the saved selection is replaced by its catalog entry when found. */
    private static void merge(ObservableList<DeviceInfo> list, ObjectProperty<DeviceInfo> selected,
                              List<DeviceInfo> found) {
        DeviceInfo current = selected.get();
        list.setAll(list.get(0));
        list.addAll(found);
        Optional<DeviceInfo> match = found.stream().filter(d -> d.id().equals(current.id())).findFirst();
        if (match.isPresent()) {
            selected.set(match.get());
        } else {
            if (!current.isNone()) {
                list.add(current);
            }
            selected.set(current);
        }
    }

    /** The default server as the start screen shows servers ({@code https://host:port}). */
    private Optional<String> normalisedServer() {
        return JoinTarget.fromServerAndCode(defaultServer.get(), "code").map(JoinTarget::server);
    }

    /** Saves and goes back; refused (returns false) while the name or the default server is invalid. */
    public boolean save() {
        if (nameProblem.get().isPresent() || serverProblem.get().isPresent()) {
            return false;
        }
        Settings updated = new Settings(List.copyOf(recentServers), name.get().strip(), idOf(camera.get()),
                idOf(microphone.get()), idOf(speaker.get()));
        Optional<String> server = normalisedServer();
        if (server.isPresent() && !defaultServer.get().strip().equals(firstRecent())) {
            updated = updated.withRecentServer(server.get());
        }
        store.save(updated);
        navigator.showStart();
        return true;
    }

    private static Optional<String> idOf(DeviceInfo device) {
        return device == null || device.isNone() ? Optional.empty() : Optional.of(device.id());
    }

    public void cancel() {
        navigator.showStart();
    }

    /** Forgets the recent servers, the default one included. */
    public void clearRecentServers() {
        recentServers.clear();
        defaultServer.set("");
    }

    private String firstRecent() {
        return recentServers.isEmpty() ? "" : recentServers.get(0);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Preselected on the start screen; saved as the first recent server. Empty: no change. */
    public StringProperty defaultServerProperty() {
        return defaultServer;
    }

    /** Why the default server cannot be saved. */
    public ObjectBinding<Optional<String>> serverProblemBinding() {
        return serverProblem;
    }

    public ObservableList<DeviceInfo> cameras() {
        return cameras;
    }

    public ObservableList<DeviceInfo> microphones() {
        return microphones;
    }

    /** "System default" first, then the speakers found (none without a sound server). */
    public ObservableList<DeviceInfo> speakers() {
        return speakers;
    }

    public ObjectProperty<DeviceInfo> speakerProperty() {
        return speaker;
    }

    public ObjectProperty<DeviceInfo> cameraProperty() {
        return camera;
    }

    public ObjectProperty<DeviceInfo> microphoneProperty() {
        return microphone;
    }

    public ObservableList<String> recentServers() {
        return recentServers;
    }

    /** Why the name cannot be saved (an empty name is allowed: the start screen asks then). */
    public ObjectBinding<Optional<String>> nameProblemBinding() {
        return nameProblem;
    }
}
