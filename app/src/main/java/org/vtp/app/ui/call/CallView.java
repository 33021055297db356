package org.vtp.app.ui.call;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.vtp.app.ui.fxml.Fxml;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.DeviceInfo;

/**
 * The call window's content: one {@link VideoTile} per participant in a {@link TileGrid}, the
 * state badge and the control bar. Tiles follow the ViewModel's participant list; {@link #dispose()}
 * detaches them all from their feeds.
 */
public final class CallView {
    private final CallViewModel model;
    private final Executor fx;
    private final Parent root;
    private final TileGrid grid = new TileGrid();
    private final Map<ParticipantViewModel, VideoTile> tileOf = new HashMap<>();
    @FXML
    private Label room;
    @FXML
    private Label roomCode;
    @FXML
    private HBox banner;
    @FXML
    private Label bannerText;
    @FXML
    private Button rejoinButton;
    @FXML
    private Label connectionState;
    @FXML
    private Label mediaNotice;
    @FXML
    private StackPane tiles;
    @FXML
    private ComboBox<DeviceInfo> microphonePicker;
    @FXML
    private ToggleButton muteButton;
    @FXML
    private ComboBox<DeviceInfo> speakerPicker;
    @FXML
    private ToggleButton cameraButton;
    @FXML
    private ComboBox<DeviceInfo> cameraPicker;
    @FXML
    private Button shareButton;
    @FXML
    private Button leaveButton;
    @FXML
    private Label problem;

    /** @param fx runs tasks on the FX thread (frame swaps of the tiles) */
    public CallView(CallViewModel model, Executor fx) {
        this.model = model;
        this.fx = fx;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        room.setText(model.className());
        roomCode.setText("code " + model.roomId());
        bindBanner();
        tiles.getChildren().add(grid);
        connectionState.textProperty().bind(model.statusTextBinding());
        model.connectionProperty().addListener((o, old, state) -> styleState(state));
        styleState(model.connectionProperty().get());
        mediaNotice.setText(model.mediaNotice().orElse(""));
        mediaNotice.setVisible(model.mediaNotice().isPresent());
        problem.textProperty().bind(model.problemProperty());
        bindToggles();
        bindPickers();
        leaveButton.setOnAction(e -> model.leave());
        model.participants().forEach(this::addTile);
        model.participants().addListener(this::participantsChanged);
    }

    /** Shown only while reconnecting, lost (with Rejoin) or ended; hidden rows take no space. */
    private void bindBanner() {
        bannerText.textProperty().bind(model.bannerTextBinding());
        banner.visibleProperty().bind(model.bannerTextBinding().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        rejoinButton.visibleProperty().bind(model.connectionProperty().isEqualTo(ConnectionState.LOST));
        rejoinButton.managedProperty().bind(rejoinButton.visibleProperty());
        rejoinButton.setOnAction(e -> model.rejoin());
    }

    private void bindToggles() {
        muteButton.selectedProperty().bindBidirectional(model.microphoneMutedProperty());
        muteButton.textProperty().bind(model.microphoneMutedProperty().map(m -> m ? "Unmute" : "Mute"));
        muteButton.setDisable(!model.microphoneAvailable());
        cameraButton.selectedProperty().bindBidirectional(model.cameraOffProperty());
        cameraButton.textProperty().bind(model.cameraOffProperty().map(off -> off ? "Start camera" : "Stop camera"));
        cameraButton.setDisable(!model.cameraAvailable());
        shareButton.textProperty().bind(model.screenSharingProperty().map(on -> on ? "Stop sharing" : "Share screen"));
        shareButton.disableProperty().bind(model.screenShareBusyProperty());
        shareButton.setOnAction(e -> model.toggleScreenShare());
    }

    private void bindPickers() {
        cameraPicker.setItems(model.cameras());
        microphonePicker.setItems(model.microphones());
        cameraPicker.setDisable(!model.cameraAvailable());
        microphonePicker.setDisable(!model.microphoneAvailable());
        cameraPicker.setOnAction(e -> model.chooseCamera(cameraPicker.getValue()));
        microphonePicker.setOnAction(e -> model.chooseMicrophone(microphonePicker.getValue()));
        speakerPicker.setItems(model.speakers());
        speakerPicker.setDisable(!model.speakerChoosable());
        speakerPicker.setOnAction(e -> model.chooseSpeaker(speakerPicker.getValue()));
    }

    private void styleState(ConnectionState state) {
        connectionState.getStyleClass().removeIf(c -> c.startsWith("state-"));
        connectionState.getStyleClass().add("state-" + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void participantsChanged(ListChangeListener.Change<? extends ParticipantViewModel> change) {
        while (change.next()) {
            change.getRemoved().forEach(this::removeTile);
            change.getAddedSubList().forEach(this::addTile);
        }
    }

    private void addTile(ParticipantViewModel participant) {
        VideoTile tile = new VideoTile(participant, fx);
        tileOf.put(participant, tile);
        grid.getChildren().add(tile);
    }

    private void removeTile(ParticipantViewModel participant) {
        VideoTile tile = tileOf.remove(participant);
        if (tile != null) {
            tile.dispose();
            grid.getChildren().remove(tile);
        }
    }

    /** Detaches every tile from its feed (the window is closing or the call view is replaced). */
    public void dispose() {
        tileOf.values().forEach(VideoTile::dispose);
    }

    public Parent root() {
        return root;
    }

    /** Frames rendered by the tile of {@code participant}, for tests; -1 when it has no tile. */
    public long framesShown(ParticipantViewModel participant) {
        VideoTile tile = tileOf.get(participant);
        return tile == null ? -1 : tile.framesShown();
    }
}
