package org.vtp.app.ui;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.call.CallView;
import org.vtp.app.ui.call.CallViewModel;
import org.vtp.app.ui.hosting.HostingView;
import org.vtp.app.ui.hosting.HostingViewModel;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.HostedClassInfo;
import org.vtp.app.ui.service.Navigator;
import org.vtp.app.ui.settings.SettingsView;
import org.vtp.app.ui.settings.SettingsViewModel;
import org.vtp.app.ui.start.StartView;
import org.vtp.app.ui.start.StartViewModel;

/**
 * The one window of the app: creates each screen's ViewModel and View on demand and swaps the
 * scene's root. Owns the current call and the hosted class while they last; {@link #close()}
 * leaves the call and stops hosting. All methods run on the FX thread.
 */
public final class MainWindow implements Navigator {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final long LEAVE_TIMEOUT_SECONDS = 5;

    private final Stage stage;
    private final UiServices services;
    private final Scene scene;
    private HostedClassInfo hosted;
    private CallModel call;
    private CallView callView;

    public MainWindow(Stage stage, UiServices services) {
        this.stage = stage;
        this.services = services;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1024, 680);
        scene.getStylesheets().add(MainWindow.class.getResource("vtp.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("VTP");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    /** Shows the start screen in the stage. */
    public void open() {
        showStart();
        stage.show();
    }

    @Override
    public void showStart() {
        show(new StartView(new StartViewModel(services.hosting(), services.calls(), services.servers(),
                services.settings(), this, services.ui())).root());
    }

    @Override
    public void showHosting(HostedClassInfo hostedClass) {
        hosted = hostedClass;
        HostingViewModel model = new HostingViewModel(hostedClass, services.hosting(), services.calls(),
                services.settings(), this, services.ui());
        show(new HostingView(model).root());
    }

    @Override
    public void showCall(CallModel joined) {
        call = joined;
        callView = new CallView(new CallViewModel(joined, services.devices(), this, services.ui()), services.ui());
        show(callView.root());
    }

    @Override
    public void callEnded() {
        disposeCallView();
        call = null;
        if (hosted != null) {
            showHosting(hosted);
        } else {
            showStart();
        }
    }

    @Override
    public void hostingStopped() {
        hosted = null;
        showStart();
    }

    @Override
    public void showSettings() {
        show(new SettingsView(new SettingsViewModel(services.settings(), services.devices(), this,
                services.ui())).root());
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    private void disposeCallView() {
        if (callView != null) {
            callView.dispose();
            callView = null;
        }
    }

    /** The call view on screen, if any (tests wait on its tiles). */
    public Optional<CallView> callView() {
        return Optional.ofNullable(callView);
    }

    /** Leaves the call (bounded wait) and stops hosting. */
    public void close() {
        disposeCallView();
        if (call != null) {
            try {
                call.leave().get(LEAVE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("leaving the call on exit failed: {}", e.toString());
            }
            call = null;
        }
        if (hosted != null) {
            services.hosting().stop();
            hosted = null;
        }
    }
}
