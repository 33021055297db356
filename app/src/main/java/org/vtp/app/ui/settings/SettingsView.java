package org.vtp.app.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.vtp.app.ui.fxml.Fxml;
import org.vtp.app.ui.service.DeviceInfo;

/** Binds the settings form to a {@link SettingsViewModel}. */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Parent root;
    @FXML
    private TextField name;
    @FXML
    private Label nameHint;
    @FXML
    private TextField defaultServer;
    @FXML
    private Label serverHint;
    @FXML
    private ComboBox<DeviceInfo> camera;
    @FXML
    private ComboBox<DeviceInfo> microphone;
    @FXML
    private ComboBox<DeviceInfo> speaker;
    @FXML
    private ListView<String> recentServers;
    @FXML
    private Button clearButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button saveButton;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(model.nameProperty());
        nameHint.textProperty().bind(Bindings.createStringBinding(
                () -> model.nameProblemBinding().get().orElse(""), model.nameProblemBinding()));
        defaultServer.textProperty().bindBidirectional(model.defaultServerProperty());
        serverHint.textProperty().bind(Bindings.createStringBinding(
                () -> model.serverProblemBinding().get().orElse(""), model.serverProblemBinding()));
        camera.setItems(model.cameras());
        camera.valueProperty().bindBidirectional(model.cameraProperty());
        microphone.setItems(model.microphones());
        microphone.valueProperty().bindBidirectional(model.microphoneProperty());
        speaker.setItems(model.speakers());
        speaker.valueProperty().bindBidirectional(model.speakerProperty());
        recentServers.setItems(model.recentServers());
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.nameProblemBinding().get().isPresent() || model.serverProblemBinding().get().isPresent(),
                model.nameProblemBinding(), model.serverProblemBinding()));
        clearButton.setOnAction(e -> model.clearRecentServers());
        cancelButton.setOnAction(e -> model.cancel());
        saveButton.setOnAction(e -> model.save());
    }

    public Parent root() {
        return root;
    }
}
