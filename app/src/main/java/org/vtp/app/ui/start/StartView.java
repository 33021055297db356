package org.vtp.app.ui.start;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.vtp.app.ui.fxml.Fxml;

/** Binds the start screen's controls to a {@link StartViewModel} and forwards the buttons. */
public final class StartView {
    private final StartViewModel model;
    private final Parent root;
    @FXML
    private TextField className;
    @FXML
    private CheckBox allowGuests;
    @FXML
    private Button hostButton;
    @FXML
    private TextField joinLink;
    @FXML
    private ComboBox<String> server;
    @FXML
    private TextField code;
    @FXML
    private TextField name;
    @FXML
    private Label joinHint;
    @FXML
    private Button joinButton;
    @FXML
    private Label status;
    @FXML
    private Button settingsButton;

    public StartView(StartViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        className.textProperty().bindBidirectional(model.classNameProperty());
        allowGuests.selectedProperty().bindBidirectional(model.allowGuestsProperty());
        joinLink.textProperty().bindBidirectional(model.joinLinkProperty());
        server.setItems(model.recentServers());
        server.getEditor().textProperty().bindBidirectional(model.serverProperty());
        code.textProperty().bindBidirectional(model.codeProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        hostButton.disableProperty().bind(model.busyProperty());
        joinButton.disableProperty().bind(model.canJoinBinding().not());
        joinHint.textProperty().bind(Bindings.createStringBinding(
                () -> model.joinProblemBinding().get().orElse(""), model.joinProblemBinding()));
        status.textProperty().bind(model.statusProperty());
        hostButton.setOnAction(e -> model.host());
        joinButton.setOnAction(e -> model.join());
        name.setOnAction(e -> model.join());
        joinLink.setOnAction(e -> model.join());
        settingsButton.setOnAction(e -> model.openSettings());
    }

    public Parent root() {
        return root;
    }
}
