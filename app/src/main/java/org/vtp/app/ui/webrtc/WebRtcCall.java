package org.vtp.app.ui.webrtc;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.Failures;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.VideoFeed;
import org.vtp.client.call.JoinedRoom;
import org.vtp.client.call.ReconnectPolicy;
import org.vtp.client.call.Reconnector;

/**
 * One joined call: the local tracks on one media engine, and one {@link CallLeg} (signalling +
 * peer connection) at a time. When the signalling connection drops or the media transport fails,
 * the leg is closed, the others' tiles are cleared and a {@link Reconnector} opens new legs on the
 * same engine and tracks until one succeeds (mute and camera-off are announced again; a screen
 * share stops), is refused for good, or gives up ({@link ConnectionState#LOST}). A
 * {@code roomClosed} ends the call without reconnecting ({@link ConnectionState#ENDED}).
 *
 * <p>Owns, and closes in libwebrtc's order on {@link #leave()}: every leg (also one still being
 * set up), then the local sources, then the engine. Leg events arrive on the session's serial
 * executor and are dropped once their leg is no longer the current one.
 */
final class WebRtcCall implements CallModel {
    private static final Logger LOG = LoggerFactory.getLogger(WebRtcCall.class);

    private final JoinRequest request;
    private final CallLeg.Setup setup;
    private final LocalControls local;
    private final CallRoster roster = new CallRoster();
    private final Reconnector reconnector;
    private final LegGuard guard = new LegGuard();
    private CallLeg leg;
    private int generation;
    private boolean transportUp;
    private ConnectionState state = ConnectionState.CONNECTING;
    private String className;
    private CompletableFuture<Void> left;

    private WebRtcCall(JoinRequest request, CallLeg.Setup setup, LocalMedia local, Reconnector.Timer timer,
                       ReconnectPolicy policy) {
        this.request = request;
        this.setup = setup;
        this.local = new LocalControls(local);
        this.className = request.target().code();
        this.reconnector = new Reconnector(policy, timer, System::nanoTime, n -> openLeg(), new Outage());
    }

    /** Joins and publishes; on failure everything created so far is closed again. */
    static CompletableFuture<CallModel> start(CallLeg.Setup setup, JoinRequest request, Reconnector.Timer timer,
                                              ReconnectPolicy policy) {
        WebRtcCall call = new WebRtcCall(request, setup, LocalMedia.create(setup.engine(), request.media(),
                setup.media()), timer, policy);
        return call.openLeg().thenRun(call.local::start)
                .<CallModel>thenApply(v -> call)
                .whenComplete((c, e) -> {
                    if (e != null) {
                        call.leave();
                    }
                });
    }

    /** A new leg as the current generation; installed when it has joined and published. */
    private CompletableFuture<Void> openLeg() {
        int mine;
        synchronized (this) {
            mine = ++generation;
            transportUp = false;
        }
        return CallLeg.open(setup, guard, new LegEvents(this, roster, mine), room -> joined(mine, room), local.tracks())
                .thenAccept(opened -> install(mine, opened));
    }

    private void joined(int mine, JoinedRoom room) {
        if (current(mine)) {
            roster.joined(room);
        }
    }

    private void install(int mine, CallLeg opened) {
        boolean up;
        boolean stale;
        synchronized (this) {
            stale = mine != generation || left != null || state == ConnectionState.ENDED;
            if (!stale) {
                leg = opened;
            }
        }
        if (stale) {
            opened.close();
            throw new CancellationException("the call moved on while this connection was set up");
        }
        synchronized (this) {
            up = transportUp;
            if (!opened.className().isEmpty()) {
                className = opened.className();
            }
        }
        local.announceTo(opened);
        if (up) {
            changeState(ConnectionState.CONNECTED);
        }
    }

    synchronized boolean current(int mine) {
        return mine == generation && left == null;
    }

    /** The current leg dropped: close it, clear the others, rejoin. Ignored for stale legs and after leaving. */
    void connectionLost(int mine, String why) {
        CallLeg dropped;
        synchronized (this) {
            if (mine != generation || leg == null || left != null || state == ConnectionState.ENDED) {
                return;
            }
            dropped = leg;
            leg = null;
            generation++;
            changeState(ConnectionState.RECONNECTING);
        }
        LOG.info("call in {} lost its connection ({}); reconnecting", request.target().code(), why);
        roster.clear();
        dropped.close();
        reconnector.start();
    }

    /** The call cannot go on: no reconnecting; {@code reason} (null for ENDED) goes to the UI first. */
    void finish(int mine, ConnectionState end, String reason) {
        CallLeg dropped;
        synchronized (this) {
            if ((mine >= 0 && mine != generation) || left != null || state == ConnectionState.ENDED) {
                return;
            }
            dropped = leg;
            leg = null;
            generation++;
            CallEvents events = roster.events();
            if (events != null && reason != null) {
                events.onConnectionLost(reason);
            }
            changeState(end);
        }
        reconnector.stop();
        roster.clear();
        if (dropped != null) {
            dropped.close();
        }
    }

    private synchronized void changeState(ConnectionState next) {
        boolean fixed = state == ConnectionState.CLOSED
                || (state == ConnectionState.ENDED && next != ConnectionState.CLOSED);
        if (fixed || state == next) {
            return;
        }
        state = next;
        CallEvents events = roster.events();
        if (events != null) {
            events.onConnectionState(next);
        }
    }

    /** A network blip on the current leg: shown, and cleared when media flows again; no rejoin. */
    synchronized void mediaInterrupted(int mine, boolean interrupted) {
        if (mine != generation || leg == null) {
            return;
        }
        if (interrupted && state == ConnectionState.CONNECTED) {
            changeState(ConnectionState.INTERRUPTED);
        } else if (!interrupted && state == ConnectionState.INTERRUPTED) {
            changeState(ConnectionState.CONNECTED);
        }
    }

    void transportState(int mine, String transport) {
        switch (transport) {
            case "connected" -> {
                synchronized (this) {
                    if (mine != generation) {
                        return;
                    }
                    transportUp = true;
                    if (leg == null) {
                        return;
                    }
                    changeState(ConnectionState.CONNECTED);
                }
            }
            case "failed", "closed" -> connectionLost(mine, "media transport " + transport);
            default -> LOG.debug("transport state {}", transport);
        }
    }

    @Override
    public void setListener(CallEvents listener) {
        synchronized (this) {
            roster.setListener(listener);
            listener.onConnectionState(state);
        }
    }

    @Override
    public String roomId() {
        return request.target().code();
    }

    @Override
    public synchronized String className() {
        return className;
    }

    @Override
    public String displayName() {
        return request.displayName();
    }

    @Override
    public boolean sendsAudio() {
        return local.sendsAudio();
    }

    @Override
    public boolean sendsVideo() {
        return local.sendsVideo();
    }

    @Override
    public Optional<VideoFeed> localPreview() {
        return local.preview();
    }

    @Override
    public void setMicrophoneMuted(boolean muted) {
        local.setMicrophoneMuted(muted, currentLeg());
    }

    @Override
    public void setCameraOff(boolean off) {
        local.setCameraOff(off, currentLeg());
    }

    private synchronized Optional<CallLeg> currentLeg() {
        return Optional.ofNullable(leg);
    }

    /** A share lives on one leg: a dropped connection ends it (the UI resets its toggle on RECONNECTING). */
    @Override
    public CompletableFuture<Void> shareScreen(boolean on) {
        return currentLeg().map(l -> on ? l.screen().start() : l.screen().stop())
                .orElseGet(() -> on ? CompletableFuture.failedFuture(new IllegalStateException("not connected"))
                        : CompletableFuture.completedFuture(null));
    }

    @Override
    public CompletableFuture<Void> switchCamera(String cameraId) {
        return local.switchCamera(cameraId);
    }

    @Override
    public CompletableFuture<Void> switchMicrophone(String microphoneId) {
        return local.switchMicrophone(microphoneId);
    }

    @Override
    public CompletableFuture<Void> switchSpeaker(String speakerId) {
        return local.switchSpeaker(speakerId);
    }

    @Override
    public boolean soundDeviceAvailable() {
        return local.soundDeviceAvailable();
    }

    @Override
    public CompletableFuture<Void> rejoin() {
        synchronized (this) {
            if (state != ConnectionState.LOST || left != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("only a lost call can rejoin"));
            }
            changeState(ConnectionState.RECONNECTING);
        }
        reconnector.start();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Void> leave() {
        if (left == null) {
            reconnector.stop();
            changeState(ConnectionState.CLOSED);
            CallLeg current = leg;
            leg = null;
            generation++;
            roster.endFeeds();
            left = (current == null ? CompletableFuture.<Void>completedFuture(null) : current.leave())
                    .whenComplete((v, e) -> closeMedia());
        }
        return left;
    }

    /** Whether rejoin attempts are running (tests: none after leaving). */
    boolean reconnecting() {
        return reconnector.running();
    }

    /** UI sinks on our tracks, every leg still open (one being set up too), sources, engine: libwebrtc's order. */
    private void closeMedia() {
        local.endPreviews();
        guard.closeAll();
        local.close();
        setup.engine().close();
    }

    /** The reconnector's reports, passed on to the UI. */
    private final class Outage implements Reconnector.Outcome {
        @Override
        public void onAttemptScheduled(int attempt, Duration delay) {
            synchronized (WebRtcCall.this) {
                CallEvents events = roster.events();
                if (events != null && left == null) {
                    events.onReconnecting(attempt);
                }
            }
        }

        @Override
        public void onReconnected() {
            LOG.info("call in {} reconnected", request.target().code());
        }

        @Override
        public void onRefused(Throwable error) {
            finish(-1, ConnectionState.LOST, Failures.message(error));
        }

        @Override
        public void onGaveUp(Throwable lastError) {
            finish(-1, ConnectionState.LOST, "Could not reconnect for 2 minutes"
                    + (lastError == null ? "" : " (" + Failures.message(lastError) + ")"));
        }
    }
}
