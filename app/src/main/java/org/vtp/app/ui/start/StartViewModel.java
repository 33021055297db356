package org.vtp.app.ui.start;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vtp.app.ui.service.Navigator;
import org.vtp.app.ui.service.CallService;
import org.vtp.app.ui.service.DisplayNames;
import org.vtp.app.ui.service.Failures;
import org.vtp.app.ui.service.HostingService;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.ServerCheck;
import org.vtp.app.ui.service.Settings;
import org.vtp.app.ui.service.SettingsStore;
import org.vtp.app.ui.service.SignIn;
import org.vtp.app.ui.trust.ServerTrustFlow;

/**
 * Host a class or join one. A pasted link wins over server + code. Joins as a guest with a name,
 * or signed in with an account of the target's server (email + password; the password is
 * forgotten once the join succeeds and never saved). Remembers the last name and the recent
 * servers (saved once the server answered, with the scheme that worked). Service results arrive
 * through {@code ui}.
 */
public final class StartViewModel {
    private final HostingService hosting;
    private final CallService calls;
    private final SettingsStore store;
    private final Navigator navigator;
    private final Executor ui;
    private final ServerTrustFlow serverTrust;

    private final StringProperty className = new SimpleStringProperty("");
    private final BooleanProperty allowGuests = new SimpleBooleanProperty(true);
    private final StringProperty joinLink = new SimpleStringProperty("");
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty signIn = new SimpleBooleanProperty(false);
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObservableList<String> recentServers = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectBinding<Optional<JoinTarget>> target;
    private final ObjectBinding<Optional<String>> joinProblem;
    private final BooleanBinding canJoin;

    public StartViewModel(HostingService hosting, CallService calls, ServerCheck servers, SettingsStore store,
                          Navigator navigator, Executor ui) {
        this.hosting = hosting;
        this.calls = calls;
        this.store = store;
        this.navigator = navigator;
        this.ui = ui;
        this.serverTrust = new ServerTrustFlow(servers, store, ui);
        Settings settings = store.load();
        name.set(settings.lastName());
        recentServers.setAll(settings.recentServers());
        server.set(settings.recentServers().isEmpty() ? "" : settings.recentServers().get(0));
        target = Bindings.createObjectBinding(this::parseTarget, joinLink, server, code);
        joinProblem = Bindings.createObjectBinding(this::findJoinProblem, target, name, joinLink, signIn, email,
                password);
        canJoin = Bindings.createBooleanBinding(() -> joinProblem.get().isEmpty() && !busy.get(), joinProblem, busy);
    }

    private Optional<JoinTarget> parseTarget() {
        if (!joinLink.get().isBlank()) {
            return JoinTarget.fromLink(joinLink.get());
        }
        return JoinTarget.fromServerAndCode(server.get(), code.get());
    }

    private Optional<String> findJoinProblem() {
        if (target.get().isEmpty()) {
            return Optional.of(joinLink.get().isBlank()
                    ? "Paste a join link, or enter a server address and a class code"
                    : "This is not a VTP join link");
        }
        if (signIn.get()) {
            return email.get().isBlank() || password.get().isEmpty()
                    ? Optional.of("Enter your email and password") : Optional.empty();
        }
        return DisplayNames.problem(name.get());
    }

    /** Starts hosting; on success shows the hosting panel. */
    public void host() {
        if (busy.get()) {
            return;
        }
        begin("Starting your class…");
        hosting.host(className.get().strip(), allowGuests.get()).whenCompleteAsync((info, error) -> {
            busy.set(false);
            if (error != null) {
                status.set("Could not host: " + Failures.message(error));
            } else {
                status.set("");
                navigator.showHosting(info);
            }
        }, ui);
    }

    /**
     * Joins the chosen class with the default devices; on success shows the call. The server is
     * checked first ({@link ServerTrustFlow}: scheme of a bare address, certificate trust); the
     * server is remembered with the scheme that answered.
     */
    public void join() {
        if (!canJoin.get()) {
            status.set(joinProblem.get().orElse(""));
            return;
        }
        JoinTarget where = target.get().orElseThrow();
        boolean schemeGiven = !joinLink.get().isBlank() || JoinTarget.namesScheme(server.get());
        begin((signIn.get() ? "Signing in to " : "Connecting to ") + where.hostPort() + "…");
        serverTrust.prepare(where, schemeGiven).thenCompose(ready -> calls.join(remember(ready)))
                .whenCompleteAsync((call, error) -> {
                    busy.set(false);
                    if (error != null) {
                        status.set("Could not join: " + Failures.message(error));
                    } else {
                        status.set("");
                        password.set("");
                        navigator.showCall(call);
                    }
                }, ui);
    }

    /** Saves the server as it answered (and the guest's name); the request to join it. On the FX thread. */
    private JoinRequest remember(JoinTarget ready) {
        Settings settings = store.load().withRecentServer(ready.server());
        if (!signIn.get()) {
            settings = settings.withLastName(name.get().strip());
        }
        store.save(settings);
        recentServers.setAll(settings.recentServers());
        return request(ready, settings);
    }

    private JoinRequest request(JoinTarget where, Settings settings) {
        if (signIn.get()) {
            return new JoinRequest(where, email.get(), settings.mediaChoice(),
                    Optional.of(new SignIn(email.get(), password.get())));
        }
        return new JoinRequest(where, name.get(), settings.mediaChoice());
    }

    /** The certificate question of the join in progress, for the View's prompt window. */
    public ServerTrustFlow serverTrust() {
        return serverTrust;
    }

    public void openSettings() {
        navigator.showSettings();
    }

    private void begin(String message) {
        busy.set(true);
        status.set(message);
    }

    public StringProperty classNameProperty() {
        return className;
    }

    public BooleanProperty allowGuestsProperty() {
        return allowGuests;
    }

    public StringProperty joinLinkProperty() {
        return joinLink;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Join signed in with an account (true) or as a guest with a name (false). */
    public BooleanProperty signInProperty() {
        return signIn;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<String> recentServers() {
        return recentServers;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress or the last failure, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canJoinBinding() {
        return canJoin;
    }

    /** Why the join button is disabled, as a hint below it ("" when it is enabled). */
    public ObjectBinding<Optional<String>> joinProblemBinding() {
        return joinProblem;
    }
}
