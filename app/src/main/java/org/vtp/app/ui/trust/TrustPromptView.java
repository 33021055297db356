package org.vtp.app.ui.trust;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.vtp.app.ui.fxml.Fxml;

/**
 * Shows a {@link ServerTrustFlow}'s {@link TrustPrompt} in a small modal window over the window
 * of {@code anchor} while there is one, and forwards Trust / Cancel (closing the window is
 * Cancel). For a changed certificate the window turns red and Cancel is the default button.
 */
public final class TrustPromptView {
    private final ServerTrustFlow flow;
    private final Node anchor;
    private final Parent root;
    private Stage window;
    @FXML
    private Label trustTitle;
    @FXML
    private Label trustMessage;
    @FXML
    private Label trustCode;
    @FXML
    private Label trustQuestion;
    @FXML
    private Hyperlink showFullFingerprint;
    @FXML
    private Label fullFingerprint;
    @FXML
    private Button cancelTrustButton;
    @FXML
    private Button trustButton;

    public TrustPromptView(ServerTrustFlow flow, Node anchor) {
        this.flow = flow;
        this.anchor = anchor;
        this.root = Fxml.load(this);
        flow.promptProperty().addListener((o, old, prompt) -> {
            if (prompt == null) {
                hide();
            } else {
                show(prompt);
            }
        });
    }

    @FXML
    private void initialize() {
        trustButton.setOnAction(e -> flow.trust());
        cancelTrustButton.setOnAction(e -> flow.decline());
        showFullFingerprint.setOnAction(e -> showFull(true));
    }

    private void show(TrustPrompt prompt) {
        trustTitle.setText(prompt.title());
        trustMessage.setText(prompt.message());
        trustCode.setText(prompt.shortCode());
        trustQuestion.setText(prompt.question());
        fullFingerprint.setText(prompt.fullFingerprint());
        trustButton.setText(prompt.trustLabel());
        trustButton.getStyleClass().setAll("button", prompt.changed() ? "danger" : "primary");
        trustButton.setDefaultButton(!prompt.changed());
        cancelTrustButton.setDefaultButton(prompt.changed());
        root.getStyleClass().remove("changed");
        if (prompt.changed()) {
            root.getStyleClass().add("changed");
        }
        showFull(false);
        Stage stage = window();
        stage.setTitle(prompt.title());
        stage.show();
        stage.toFront();
        (prompt.changed() ? cancelTrustButton : trustButton).requestFocus();
    }

    private void showFull(boolean shown) {
        fullFingerprint.setVisible(shown);
        fullFingerprint.setManaged(shown);
        showFullFingerprint.setVisible(!shown);
        showFullFingerprint.setManaged(!shown);
        if (window != null) {
            window.sizeToScene();
        }
    }

    private Stage window() {
        if (window == null) {
            window = new Stage();
            window.initOwner(anchor.getScene().getWindow());
            window.initModality(Modality.WINDOW_MODAL);
            Scene scene = new Scene(root);
            scene.getStylesheets().setAll(anchor.getScene().getStylesheets());
            window.setScene(scene);
            window.setResizable(false);
            window.setOnCloseRequest(e -> flow.decline());
        }
        return window;
    }

    private void hide() {
        if (window != null) {
            window.hide();
        }
    }
}
