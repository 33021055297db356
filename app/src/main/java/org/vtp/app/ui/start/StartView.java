package org.vtp.app.ui.start;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.vtp.app.ui.fxml.Fxml;
import org.vtp.app.ui.trust.TrustPromptView;

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
    private CheckBox signIn;
    @FXML
    private TextField name;
    @FXML
    private TextField email;
    @FXML
    private PasswordField password;
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
        new TrustPromptView(model.serverTrust(), root);
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
        signIn.selectedProperty().bindBidirectional(model.signInProperty());
        email.textProperty().bindBidirectional(model.emailProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        showOnly(name, model.signInProperty().not());
        showOnly(email, model.signInProperty());
        showOnly(password, model.signInProperty());
        hostButton.disableProperty().bind(model.busyProperty());
        joinButton.disableProperty().bind(model.canJoinBinding().not());
        joinHint.textProperty().bind(Bindings.createStringBinding(
                () -> model.joinProblemBinding().get().orElse(""), model.joinProblemBinding()));
        status.textProperty().bind(model.statusProperty());
        hostButton.setOnAction(e -> model.host());
        joinButton.setOnAction(e -> model.join());
        name.setOnAction(e -> model.join());
        password.setOnAction(e -> model.join());
        joinLink.setOnAction(e -> model.join());
        settingsButton.setOnAction(e -> model.openSettings());
    }

    /** Shown and laid out only while {@code when} holds. */
    private static void showOnly(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    public Parent root() {
        return root;
    }
}
