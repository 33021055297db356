package org.vtp.app.ui.hosting;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.vtp.app.ui.fxml.Fxml;

/** Shows a hosted class's link, QR code and fingerprint; copies the link to the clipboard. */
public final class HostingView {
    /** Whole pixels per module (no blurry scaling), as large as fits this size. */
    private static final int QR_SIZE = 340;

    private final HostingViewModel model;
    private final Parent root;
    @FXML
    private Label title;
    @FXML
    private TextField joinLink;
    @FXML
    private Button copyButton;
    @FXML
    private VBox certificateCodeBox;
    @FXML
    private Label certificateCode;
    @FXML
    private Label fingerprint;
    @FXML
    private ImageView qrCode;
    @FXML
    private Button joinButton;
    @FXML
    private Button stopButton;
    @FXML
    private Label status;

    public HostingView(HostingViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        title.setText(model.title());
        joinLink.setText(model.joinLink());
        fingerprint.setText(model.fingerprint());
        certificateCode.setText(model.certificateCode());
        certificateCodeBox.setVisible(!model.certificateCode().isEmpty());
        certificateCodeBox.setManaged(!model.certificateCode().isEmpty());
        int pixelsPerModule = Math.max(2, QR_SIZE / model.qrCode().getWidth());
        qrCode.setImage(QrCodeImage.render(model.qrCode(), pixelsPerModule));
        status.textProperty().bind(model.statusProperty());
        joinButton.disableProperty().bind(model.busyProperty());
        copyButton.setOnAction(e -> copy());
        joinButton.setOnAction(e -> model.joinOwnClass());
        stopButton.setOnAction(e -> model.stopHosting());
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.joinLink());
        Clipboard.getSystemClipboard().setContent(content);
        model.linkCopied();
    }

    public Parent root() {
        return root;
    }
}
