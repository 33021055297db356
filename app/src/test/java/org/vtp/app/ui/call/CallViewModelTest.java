package org.vtp.app.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.FakeCall;
import org.vtp.app.ui.service.FakeDeviceCatalog;
import org.vtp.app.ui.service.FakeVideoFeed;
import org.vtp.app.ui.service.RecordingNavigator;

class CallViewModelTest {
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final FakeDeviceCatalog devices = new FakeDeviceCatalog();

    private CallViewModel model(FakeCall call) {
        return new CallViewModel(call, devices, navigator, Runnable::run);
    }

    @Test
    void ourOwnPreviewIsTheFirstTile() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        assertThat(model.participants()).hasSize(1);
        ParticipantViewModel self = model.participants().get(0);
        assertThat(self.local()).isTrue();
        assertThat(self.label()).isEqualTo("Ada (you)");
        assertThat(self.videoProperty().get()).isSameAs(call.preview);
    }

    @Test
    void participantsComeAndGoWithTheirVideo() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        FakeVideoFeed feed = new FakeVideoFeed();

        call.events().onParticipantJoined("p1", "Grace");
        call.events().onParticipantJoined("p1", "Grace");
        call.events().onParticipantJoined("p2", "Linus");
        call.events().onParticipantVideo("p1", feed);

        assertThat(model.participants()).extracting(ParticipantViewModel::label)
                .containsExactly("Ada (you)", "Grace", "Linus");
        assertThat(model.participants().get(1).videoProperty().get()).isSameAs(feed);

        call.events().onParticipantVideoEnded("p1");
        assertThat(model.participants().get(1).videoProperty().get()).isNull();

        call.events().onParticipantLeft("p1");
        assertThat(model.participants()).extracting(ParticipantViewModel::displayName).containsExactly("Ada", "Linus");
    }

    @ParameterizedTest
    @CsvSource({"CONNECTING, Connecting…", "CONNECTED, Connected", "INTERRUPTED, Connection unstable",
        "RECONNECTING, Reconnecting…",
        "LOST, Connection lost", "ENDED, Class ended"})
    void theConnectionStateIsSpelledOut(ConnectionState state, String text) {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        call.events().onConnectionState(state);

        assertThat(model.connectionProperty().get()).isEqualTo(state);
        assertThat(model.statusTextBinding().get()).isEqualTo(text);
    }

    @Test
    void aDroppedConnectionShowsABannerWithTheAttemptUntilConnectedAgain() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        call.events().onConnectionState(ConnectionState.CONNECTED);
        assertThat(model.bannerTextBinding().get()).isEmpty();

        call.events().onConnectionState(ConnectionState.RECONNECTING);
        assertThat(model.bannerTextBinding().get()).isEqualTo("Connection lost — reconnecting…");
        call.events().onReconnecting(3);
        assertThat(model.bannerTextBinding().get()).isEqualTo("Connection lost — reconnecting… (attempt 3)");
        assertThat(model.statusTextBinding().get()).isEqualTo("Reconnecting…");

        call.events().onConnectionState(ConnectionState.CONNECTED);
        assertThat(model.bannerTextBinding().get()).isEmpty();
        call.events().onConnectionState(ConnectionState.RECONNECTING);
        assertThat(model.bannerTextBinding().get()).isEqualTo("Connection lost — reconnecting…");
    }

    @Test
    void aNetworkOutageShowsABannerButKeepsTheScreenShare() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        call.events().onConnectionState(ConnectionState.CONNECTED);
        model.toggleScreenShare();
        assertThat(model.screenSharingProperty().get()).isTrue();

        call.events().onConnectionState(ConnectionState.INTERRUPTED);

        assertThat(model.bannerTextBinding().get()).isEqualTo("No connection — waiting for the network…");
        assertThat(model.screenSharingProperty().get()).as("the share lives on the same connection").isTrue();
        call.events().onConnectionState(ConnectionState.CONNECTED);
        assertThat(model.bannerTextBinding().get()).isEmpty();
    }

    @Test
    void aLostCallSaysWhyAndOffersRejoin() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        model.rejoin();
        assertThat(call.rejoins).isZero();

        call.events().onConnectionLost("You were removed from the class");
        call.events().onConnectionState(ConnectionState.LOST);

        assertThat(model.bannerTextBinding().get()).isEqualTo("Connection lost: You were removed from the class");
        assertThat(model.canRejoin()).isTrue();
        model.rejoin();
        assertThat(call.rejoins).isEqualTo(1);
    }

    @Test
    void aClassEndedByTheHostSaysSoAndCannotBeRejoined() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        call.events().onConnectionState(ConnectionState.ENDED);
        model.rejoin();

        assertThat(model.bannerTextBinding().get()).isEqualTo("The host ended the class");
        assertThat(model.canRejoin()).isFalse();
        assertThat(call.rejoins).isZero();
    }

    @Test
    void reconnectingTurnsTheShareToggleOffBecauseTheShareEndedWithTheConnection() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        model.toggleScreenShare();
        assertThat(model.screenSharingProperty().get()).isTrue();

        call.events().onConnectionState(ConnectionState.RECONNECTING);

        assertThat(model.screenSharingProperty().get()).isFalse();
    }

    @Test
    void theHeaderNamesTheClassWithItsCodeBeside() {
        FakeCall call = new FakeCall("abc-def", "Ada", true, true);
        CallViewModel model = model(call);

        assertThat(model.className()).isEqualTo("Physics 7b");
        assertThat(model.roomId()).isEqualTo("abc-def");
    }

    @Test
    void muteAndCameraTogglesReachTheCall() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        model.toggleMicrophone();
        model.toggleCamera();

        assertThat(call.microphoneMuted).isTrue();
        assertThat(call.cameraOff).isTrue();
        assertThat(model.participants().get(0).videoProperty().get()).isNull();

        model.toggleMicrophone();
        model.toggleCamera();

        assertThat(call.microphoneMuted).isFalse();
        assertThat(call.cameraOff).isFalse();
        assertThat(model.participants().get(0).videoProperty().get()).isSameAs(call.preview);
    }

    @Test
    void listeningOnlyDisablesTheTogglesAndSaysSo() {
        FakeCall call = new FakeCall("room", "Ada", false, false);
        CallViewModel model = model(call);

        model.toggleMicrophone();
        model.toggleCamera();

        assertThat(model.microphoneAvailable()).isFalse();
        assertThat(model.cameraAvailable()).isFalse();
        assertThat(call.microphoneMuted).isFalse();
        assertThat(call.cameraOff).isFalse();
        assertThat(model.mediaNotice()).contains("No camera or microphone — listening only");
        assertThat(model.participants().get(0).videoProperty().get()).isNull();
    }

    @Test
    void aFullySendingCallHasNoNotice() {
        assertThat(model(new FakeCall("room", "Ada", true, true)).mediaNotice()).isEmpty();
        assertThat(model(new FakeCall("room", "Ada", false, true)).mediaNotice()).contains("No microphone — others cannot hear you");
    }

    @Test
    void leavingLeavesOnceAndEndsTheCall() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        model.leave();
        model.leave();
        call.events().onConnectionState(ConnectionState.LOST);

        assertThat(call.leaves).isEqualTo(1);
        assertThat(navigator.screens).containsExactly("call-ended");
        assertThat(model.connectionProperty().get()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void devicePickersListTheCatalogAndSwitchOrReportWhyNot() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        assertThat(model.cameras()).contains(FakeDeviceCatalog.WEBCAM, DeviceInfo.testPattern());
        model.chooseCamera(FakeDeviceCatalog.WEBCAM);
        assertThat(call.switchedCamera).isEqualTo("/dev/video0");
        assertThat(model.problemProperty().get()).isEmpty();

        model.chooseMicrophone(FakeDeviceCatalog.HEADSET);
        assertThat(call.switchedMicrophone).isEqualTo("alsa:headset");
        assertThat(model.microphoneProperty().get()).isEqualTo(FakeDeviceCatalog.HEADSET);
    }

    @Test
    void theSpeakerPickerListsTheCatalogsSpeakersAndSwitchesThePlayout() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        assertThat(model.speakers()).containsExactly(FakeDeviceCatalog.SPEAKERS, FakeDeviceCatalog.HEADPHONES);
        assertThat(model.speakerChoosable()).isTrue();
        model.chooseSpeaker(FakeDeviceCatalog.HEADPHONES);

        assertThat(call.switchedSpeaker).isEqualTo("alsa_output.headset");
        assertThat(model.speakerProperty().get()).isEqualTo(FakeDeviceCatalog.HEADPHONES);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aSpeakerThatCannotBeUsedIsReportedInTheStatus() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        call.speakerAnswer = CompletableFuture.failedFuture(new UnsupportedOperationException("this speaker is not available"));

        model.chooseSpeaker(FakeDeviceCatalog.SPEAKERS);

        assertThat(model.problemProperty().get()).isEqualTo("Could not switch speaker: this speaker is not available");
    }

    @Test
    void withoutASoundDeviceTheSpeakerCannotBeChosenAndTheNoticeSaysNothingIsSentOrHeard() {
        FakeCall call = new FakeCall("room", "Ada", false, true);
        call.soundDevice = false;
        CallViewModel model = model(call);

        model.chooseSpeaker(FakeDeviceCatalog.SPEAKERS);

        assertThat(model.speakerChoosable()).isFalse();
        assertThat(call.switchedSpeaker).isNull();
        assertThat(model.mediaNotice()).contains("No sound device — no microphone is sent and nothing is heard");
    }

    @Test
    void withoutASoundDeviceOrCameraTheNoticeSaysTheParticipantOnlyWatches() {
        FakeCall call = new FakeCall("room", "Ada", false, false);
        call.soundDevice = false;

        assertThat(model(call).mediaNotice())
                .contains("No sound device and no camera — you see the others; nothing is sent or heard");
    }

    @Test
    void backgroundProblemsShowInTheStatus() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        call.events().onProblem("consume refused");

        assertThat(model.problemProperty().get()).isEqualTo("consume refused");
    }

    @Test
    void theShareToggleStartsAndStopsTheScreenShareThroughTheCall() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);

        model.toggleScreenShare();
        assertThat(call.sharingScreen).isTrue();
        assertThat(model.screenSharingProperty().get()).isTrue();

        model.toggleScreenShare();
        assertThat(call.sharingScreen).isFalse();
        assertThat(model.screenSharingProperty().get()).isFalse();
    }

    @Test
    void aShareThatCannotStartStaysOffAndSaysWhy() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        CompletableFuture<Void> answer = new CompletableFuture<>();
        call.shareAnswer = answer;

        model.toggleScreenShare();
        assertThat(model.screenShareBusyProperty().get()).isTrue();
        model.toggleScreenShare();
        answer.completeExceptionally(new IllegalStateException("no screen to share (headless)"));

        assertThat(model.screenShareBusyProperty().get()).isFalse();
        assertThat(model.screenSharingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("no screen to share");
    }

    @Test
    void othersMuteAndCameraOffShowOnTheirTile() {
        FakeCall call = new FakeCall("room", "Ada", true, true);
        CallViewModel model = model(call);
        call.events().onParticipantJoined("p1", "Grace");
        ParticipantViewModel grace = model.participants().get(1);
        assertThat(grace.stateBadge()).isEmpty();

        call.events().onParticipantPaused("p1", "audio", true);
        assertThat(grace.mutedProperty().get()).isTrue();
        assertThat(grace.stateBadge()).isEqualTo("muted");

        call.events().onParticipantPaused("p1", "video", true);
        assertThat(grace.cameraOffProperty().get()).isTrue();
        assertThat(grace.stateBadge()).isEqualTo("muted · camera off");

        call.events().onParticipantPaused("p1", "audio", false);
        call.events().onParticipantPaused("nobody", "video", false);
        assertThat(grace.mutedProperty().get()).isFalse();
        assertThat(grace.stateBadge()).isEqualTo("camera off");
        assertThat(model.participants().get(0).stateBadge()).isEmpty();
    }
}
