package org.vtp.app.ui.call;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vtp.app.ui.service.Navigator;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.DeviceCatalog;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.Failures;
import org.vtp.app.ui.service.VideoFeed;

/**
 * A joined call: the participants (our own preview first), the connection state, the toggles and
 * the device pickers. {@link CallEvents} arrive on any thread and are replayed on {@code ui}.
 */
public final class CallViewModel {
    private final CallModel call;
    private final Navigator navigator;
    private final Executor ui;
    private final ObservableList<ParticipantViewModel> participants = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConnectionState> connection = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty microphoneMuted = new SimpleBooleanProperty(false);
    private final BooleanProperty cameraOff = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper screenSharing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper screenShareBusy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<DeviceInfo> cameras = FXCollections.observableArrayList();
    private final ObservableList<DeviceInfo> microphones = FXCollections.observableArrayList();
    private final ObjectProperty<DeviceInfo> camera = new SimpleObjectProperty<>();
    private final ObjectProperty<DeviceInfo> microphone = new SimpleObjectProperty<>();
    private final ObservableList<DeviceInfo> speakers = FXCollections.observableArrayList();
    private final ObjectProperty<DeviceInfo> speaker = new SimpleObjectProperty<>();
    private final StringBinding statusText = Bindings.createStringBinding(() -> describe(connection.get()), connection);
    private final ReadOnlyIntegerWrapper reconnectAttempt = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper lostReason = new ReadOnlyStringWrapper("");
    private final StringBinding bannerText = Bindings.createStringBinding(
            () -> banner(connection.get(), reconnectAttempt.get(), lostReason.get()), connection, reconnectAttempt,
            lostReason);
    private boolean leaving;

    public CallViewModel(CallModel call, DeviceCatalog devices, Navigator navigator, Executor ui) {
        this.call = call;
        this.navigator = navigator;
        this.ui = ui;
        ParticipantViewModel self = new ParticipantViewModel("", call.displayName(), true);
        call.localPreview().ifPresent(self.videoProperty()::set);
        participants.add(self);
        microphoneMuted.addListener((o, was, muted) -> call.setMicrophoneMuted(muted));
        cameraOff.addListener((o, was, off) -> {
            call.setCameraOff(off);
            self.videoProperty().set(off ? null : call.localPreview().orElse(null));
        });
        devices.cameras().thenAcceptAsync(cameras::setAll, ui);
        devices.microphones().thenAcceptAsync(microphones::setAll, ui);
        devices.speakers().thenAcceptAsync(speakers::setAll, ui);
        call.setListener(new Events());
    }

    /** The user picked a camera in the call's picker. */
    public void chooseCamera(DeviceInfo device) {
        if (device != null && call.sendsVideo()) {
            camera.set(device);
            call.switchCamera(device.id()).whenCompleteAsync((v, e) -> reportFailure("camera", e), ui);
        }
    }

    /** The user picked a microphone in the call's picker. */
    public void chooseMicrophone(DeviceInfo device) {
        if (device != null && call.sendsAudio()) {
            microphone.set(device);
            call.switchMicrophone(device.id()).whenCompleteAsync((v, e) -> reportFailure("microphone", e), ui);
        }
    }

    /** The user picked a speaker in the call's picker. */
    public void chooseSpeaker(DeviceInfo device) {
        if (device != null && speakerChoosable()) {
            speaker.set(device);
            call.switchSpeaker(device.id()).whenCompleteAsync((v, e) -> reportFailure("speaker", e), ui);
        }
    }

    /** Whether the speaker picker is enabled: only when the call has a sound device. */
    public boolean speakerChoosable() {
        return call.soundDeviceAvailable();
    }

    private void reportFailure(String what, Throwable error) {
        if (error != null) {
            problem.set("Could not switch " + what + ": " + Failures.message(error));
        }
    }

    public void toggleMicrophone() {
        if (call.sendsAudio()) {
            microphoneMuted.set(!microphoneMuted.get());
        }
    }

    public void toggleCamera() {
        if (call.sendsVideo()) {
            cameraOff.set(!cameraOff.get());
        }
    }

    /** Starts or stops sharing the screen; the toggle is disabled until the call confirms. */
    public void toggleScreenShare() {
        if (screenShareBusy.get() || leaving) {
            return;
        }
        boolean wanted = !screenSharing.get();
        screenShareBusy.set(true);
        call.shareScreen(wanted).whenCompleteAsync((v, e) -> {
            screenShareBusy.set(false);
            if (e == null) {
                screenSharing.set(wanted);
            } else {
                problem.set("Could not " + (wanted ? "share" : "stop sharing") + " the screen: " + Failures.message(e));
            }
        }, ui);
    }

    /** Leaves the call, then goes back (hosting panel or start screen). */
    public void leave() {
        if (leaving) {
            return;
        }
        leaving = true;
        connection.set(ConnectionState.CLOSED);
        call.leave().whenCompleteAsync((v, e) -> navigator.callEnded(), ui);
    }

    /** The status line: the connection state in words. */
    public StringBinding statusTextBinding() {
        return statusText;
    }

    private static String describe(ConnectionState state) {
        return switch (state) {
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case INTERRUPTED -> "Connection unstable";
            case RECONNECTING -> "Reconnecting…";
            case LOST -> "Connection lost";
            case ENDED -> "Class ended";
            case CLOSED -> "Left the class";
        };
    }

    /**
     * The banner over the tiles while the call is not simply running: interrupted (waiting for the
     * network), reconnecting (with the attempt), lost (with why; the view offers Rejoin and Leave) or ended by the host; else empty.
     */
    public StringBinding bannerTextBinding() {
        return bannerText;
    }

    private static String banner(ConnectionState state, int attempt, String reason) {
        return switch (state) {
            case RECONNECTING -> "Connection lost — reconnecting…" + (attempt > 0 ? " (attempt " + attempt + ")" : "");
            case LOST -> reason.isEmpty() ? "Connection lost" : "Connection lost: " + reason;
            case INTERRUPTED -> "No connection — waiting for the network…";
            case ENDED -> "The host ended the class";
            case CONNECTING, CONNECTED, CLOSED -> "";
        };
    }

    /** Whether Rejoin makes sense: the call was lost (not ended, not left). */
    public boolean canRejoin() {
        return connection.get() == ConnectionState.LOST && !leaving;
    }

    /** After a lost connection: tries again (the call goes back to reconnecting). */
    public void rejoin() {
        if (canRejoin()) {
            lostReason.set("");
            reconnectAttempt.set(0);
            call.rejoin().whenCompleteAsync((v, e) -> {
                if (e != null) {
                    problem.set("Could not rejoin: " + Failures.message(e));
                }
            }, ui);
        }
    }

    /** The class's name for the header. */
    public String className() {
        return call.className();
    }

    /** A notice when we send nothing or only part, else empty. */
    public Optional<String> mediaNotice() {
        if (!call.soundDeviceAvailable()) {
            return Optional.of(call.sendsVideo() ? "No sound device — no microphone is sent and nothing is heard"
                    : "No sound device and no camera — you see the others; nothing is sent or heard");
        }
        if (!call.sendsAudio() && !call.sendsVideo()) {
            return Optional.of("No camera or microphone — listening only");
        }
        if (!call.sendsAudio()) {
            return Optional.of("No microphone — others cannot hear you");
        }
        if (!call.sendsVideo()) {
            return Optional.of("No camera — others see your name");
        }
        return Optional.empty();
    }

    public String roomId() {
        return call.roomId();
    }

    public boolean microphoneAvailable() {
        return call.sendsAudio();
    }

    public boolean cameraAvailable() {
        return call.sendsVideo();
    }

    public ObservableList<ParticipantViewModel> participants() {
        return participants;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanProperty microphoneMutedProperty() {
        return microphoneMuted;
    }

    public BooleanProperty cameraOffProperty() {
        return cameraOff;
    }

    public ReadOnlyBooleanProperty screenSharingProperty() {
        return screenSharing.getReadOnlyProperty();
    }

    /** True while a share is being started or stopped. */
    public ReadOnlyBooleanProperty screenShareBusyProperty() {
        return screenShareBusy.getReadOnlyProperty();
    }

    public ObservableList<DeviceInfo> cameras() {
        return cameras;
    }

    public ObservableList<DeviceInfo> microphones() {
        return microphones;
    }

    public ObservableList<DeviceInfo> speakers() {
        return speakers;
    }

    public ReadOnlyObjectProperty<DeviceInfo> speakerProperty() {
        return speaker;
    }

    public ReadOnlyObjectProperty<DeviceInfo> cameraProperty() {
        return camera;
    }

    public ReadOnlyObjectProperty<DeviceInfo> microphoneProperty() {
        return microphone;
    }

    private Optional<ParticipantViewModel> find(String peerId) {
        return participants.stream().filter(p -> !p.local() && p.peerId().equals(peerId)).findFirst();
    }

    /** Hops every event onto the FX thread; after leaving, only the final state is kept. */
    private final class Events implements CallEvents {
        @Override
        public void onConnectionState(ConnectionState state) {
            ui.execute(() -> {
                if (!leaving) {
                    if (state == ConnectionState.RECONNECTING) {
                        // A share lives on one connection: the call stopped it when the connection dropped.
                        screenSharing.set(false);
                    }
                    if (state == ConnectionState.CONNECTED) {
                        reconnectAttempt.set(0);
                        lostReason.set("");
                    }
                    connection.set(state);
                }
            });
        }

        @Override
        public void onReconnecting(int attempt) {
            ui.execute(() -> reconnectAttempt.set(attempt));
        }

        @Override
        public void onConnectionLost(String reason) {
            ui.execute(() -> lostReason.set(reason));
        }

        @Override
        public void onParticipantJoined(String peerId, String displayName) {
            ui.execute(() -> {
                if (find(peerId).isEmpty()) {
                    participants.add(new ParticipantViewModel(peerId, displayName, false));
                }
            });
        }

        @Override
        public void onParticipantLeft(String peerId) {
            ui.execute(() -> find(peerId).ifPresent(participants::remove));
        }

        @Override
        public void onParticipantVideo(String peerId, VideoFeed feed) {
            ui.execute(() -> find(peerId).ifPresent(p -> p.videoProperty().set(feed)));
        }

        @Override
        public void onParticipantVideoEnded(String peerId) {
            ui.execute(() -> find(peerId).ifPresent(p -> p.videoProperty().set(null)));
        }

        @Override
        public void onParticipantPaused(String peerId, String kind, boolean paused) {
            ui.execute(() -> find(peerId).ifPresent(p -> {
                if ("audio".equals(kind)) {
                    p.mutedProperty().set(paused);
                } else if ("video".equals(kind)) {
                    p.cameraOffProperty().set(paused);
                }
            }));
        }

        @Override
        public void onProblem(String message) {
            ui.execute(() -> problem.set(message));
        }
    }
}
