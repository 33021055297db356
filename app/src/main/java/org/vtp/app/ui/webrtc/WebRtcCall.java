package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.VideoFeed;
import org.vtp.client.call.CallListener;
import org.vtp.client.call.CallOptions;
import org.vtp.client.call.CallSession;
import org.vtp.client.call.JoinedRoom;
import org.vtp.client.call.ProducerInfo;
import org.vtp.client.call.RemoteTrack;
import org.vtp.client.media.MediaEngine;
import org.vtp.client.media.ScreenGrabber;
import org.vtp.client.signalling.Json;
import org.vtp.client.signalling.SignallingClient;

/**
 * One joined call over a {@link CallSession}. Owns, and closes in libwebrtc's order on
 * {@link #leave()}: the session (peer connection), the signalling connection, the local sources,
 * then the media engine. Session events arrive on the session's serial executor and are passed on
 * to the UI's {@link CallEvents}; state that must be replayed to a late listener is kept here.
 */
final class WebRtcCall implements CallModel, CallListener {
    private static final Logger LOG = LoggerFactory.getLogger(WebRtcCall.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final JoinRequest request;
    private final SignallingClient signalling;
    private final MediaEngine engine;
    private final LocalMedia local;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final PeerVideos videos = new PeerVideos();
    private final Map<String, Boolean> paused = new LinkedHashMap<>();
    private final Map<String, String> producerIds = new ConcurrentHashMap<>();
    private CallSession session;
    private ScreenShare screen;
    private CallEvents events;
    private ConnectionState state = ConnectionState.CONNECTING;
    private boolean wasConnected;
    private CompletableFuture<Void> left;

    private WebRtcCall(JoinRequest request, SignallingClient signalling, MediaEngine engine, LocalMedia local) {
        this.request = request;
        this.signalling = signalling;
        this.engine = engine;
        this.local = local;
    }

    /** Joins and publishes; on failure everything created so far is closed again. */
    static CompletableFuture<CallModel> start(SignallingClient signalling, String roomId, JoinRequest request,
                                              CallOptions options, ExecutorService workers,
                                              ScheduledExecutorService media, Supplier<ScreenGrabber> grabbers) {
        MediaEngine engine = new MediaEngine(LocalMedia.audioModeFor(request.media()));
        WebRtcCall call = new WebRtcCall(request, signalling, engine,
                LocalMedia.create(engine, request.media(), media));
        call.session = new CallSession(signalling, engine, options, workers, call);
        call.screen = new ScreenShare(call.session, engine, grabbers, media);
        signalling.onDisconnect(reason -> call.changeState(ConnectionState.LOST));
        return call.session.join(roomId, request.displayName())
                .thenAccept(call::joined)
                .thenCompose(v -> call.publish())
                .<CallModel>thenApply(v -> call)
                .whenComplete((c, e) -> {
                    if (e != null) {
                        call.leave();
                    }
                });
    }

    private synchronized void joined(JoinedRoom room) {
        room.peers().forEach(p -> {
            names.put(p.peerId(), p.displayName());
            p.producers().stream().filter(ProducerInfo::paused)
                    .forEach(pr -> paused.put(p.peerId() + "/" + pr.kind(), true));
        });
    }

    private CompletableFuture<Void> publish() {
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        for (MediaStreamTrack track : new MediaStreamTrack[] {local.video().orElse(null), local.audio().orElse(null)}) {
            if (track != null) {
                done = done.thenCompose(v -> session.publish(track))
                        .thenAccept(id -> producerIds.put(track.getKind(), id));
            }
        }
        return done.thenRun(local::start);
    }

    @Override
    public void setListener(CallEvents listener) {
        synchronized (this) {
            events = listener;
            listener.onConnectionState(state);
            names.forEach(listener::onParticipantJoined);
            paused.forEach((key, on) -> listener.onParticipantPaused(key.substring(0, key.indexOf('/')),
                    key.substring(key.indexOf('/') + 1), on));
            videos.forEachShown(listener::onParticipantVideo);
        }
    }

    private synchronized void changeState(ConnectionState next) {
        if (state == ConnectionState.CLOSED || state == next) {
            return;
        }
        state = next;
        if (events != null) {
            events.onConnectionState(next);
        }
    }

    @Override
    public void onTransportState(String transport) {
        switch (transport) {
            case "connected" -> {
                wasConnected = true;
                changeState(ConnectionState.CONNECTED);
            }
            case "new", "connecting" -> changeState(wasConnected ? ConnectionState.RECONNECTING : ConnectionState.CONNECTING);
            case "failed", "closed" -> changeState(ConnectionState.LOST);
            default -> LOG.debug("transport state {}", transport);
        }
    }

    @Override
    public synchronized void onPeerJoined(String peerId, String displayName) {
        names.put(peerId, displayName);
        if (events != null) {
            events.onParticipantJoined(peerId, displayName);
        }
    }

    @Override
    public synchronized void onPeerLeft(String peerId) {
        names.remove(peerId);
        videos.removePeer(peerId);
        paused.keySet().removeIf(key -> key.startsWith(peerId + "/"));
        if (events != null) {
            events.onParticipantLeft(peerId);
        }
    }

    @Override
    public synchronized void onRemoteTrack(RemoteTrack track) {
        if (track.track() instanceof VideoTrack video) {
            VideoFeed feed = videos.add(track.peerId(), track.consumerId(), feedOf(video));
            if (events != null) {
                events.onParticipantVideo(track.peerId(), feed);
            }
        }
    }

    @Override
    public synchronized void onRemoteTrackEnded(RemoteTrack track) {
        if (!"video".equals(track.kind())) {
            return;
        }
        Optional<VideoFeed> shown = videos.remove(track.peerId(), track.consumerId());
        if (events != null) {
            shown.ifPresentOrElse(feed -> events.onParticipantVideo(track.peerId(), feed),
                    () -> events.onParticipantVideoEnded(track.peerId()));
        }
    }

    @Override
    public synchronized void onProducerPaused(String peerId, String producerId, String kind, boolean on) {
        paused.put(peerId + "/" + kind, on);
        if (events != null) {
            events.onParticipantPaused(peerId, kind, on);
        }
    }

    @Override
    public synchronized void onError(Throwable error) {
        LOG.debug("call problem", error);
        if (events != null) {
            events.onProblem(String.valueOf(error.getMessage()));
        }
    }

    private static VideoFeed feedOf(VideoTrack track) {
        return new VideoFeed() {
            @Override
            public void addSink(VideoTrackSink sink) {
                track.addSink(sink);
            }

            @Override
            public void removeSink(VideoTrackSink sink) {
                track.removeSink(sink);
            }
        };
    }

    @Override
    public String roomId() {
        return request.target().code();
    }

    @Override
    public String displayName() {
        return request.displayName();
    }

    @Override
    public boolean sendsAudio() {
        return local.audio().isPresent();
    }

    @Override
    public boolean sendsVideo() {
        return local.video().isPresent();
    }

    @Override
    public Optional<VideoFeed> localPreview() {
        return local.video().map(WebRtcCall::feedOf);
    }

    @Override
    public void setMicrophoneMuted(boolean muted) {
        local.audio().ifPresent(track -> track.setEnabled(!muted));
        announcePause("audio", muted);
    }

    @Override
    public void setCameraOff(boolean off) {
        local.video().ifPresent(track -> track.setEnabled(!off));
        announcePause("video", off);
    }

    /** protocol.md {@code pause-producer}: tells the room; failure only costs the others a hint. */
    private void announcePause(String kind, boolean paused) {
        String producerId = producerIds.get(kind);
        if (producerId != null) {
            signalling.request("pause-producer", Json.object("producerId", producerId, "paused", paused),
                    REQUEST_TIMEOUT).whenComplete((ack, e) -> {
                        if (e != null) {
                            LOG.debug("pause-producer refused: {}", e.getMessage());
                        }
                    });
        }
    }

    @Override
    public CompletableFuture<Void> shareScreen(boolean on) {
        return on ? screen.start() : screen.stop();
    }

    @Override
    public CompletableFuture<Void> switchCamera(String cameraId) {
        return CompletableFuture.runAsync(() -> {
            if (!local.switchCamera(cameraId)) {
                throw new UnsupportedOperationException("this call can only switch between cameras");
            }
        });
    }

    @Override
    public CompletableFuture<Void> switchMicrophone(String microphoneId) {
        return CompletableFuture.runAsync(() -> {
            if (!local.switchMicrophone(microphoneId)) {
                throw new UnsupportedOperationException("this call can only switch between microphones it finds");
            }
        });
    }

    @Override
    public CompletableFuture<Void> switchSpeaker(String speakerId) {
        return CompletableFuture.runAsync(() -> {
            if (!local.switchSpeaker(speakerId)) {
                throw new UnsupportedOperationException(local.soundDevice()
                        ? "this speaker is not available" : "there is no sound device");
            }
        });
    }

    @Override
    public boolean soundDeviceAvailable() {
        return local.soundDevice();
    }

    @Override
    public synchronized CompletableFuture<Void> leave() {
        if (left == null) {
            changeState(ConnectionState.CLOSED);
            left = session == null ? CompletableFuture.completedFuture(null)
                    : session.leave().orTimeout(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .exceptionally(e -> null);
            left = left.whenComplete((v, e) -> closeAll());
        }
        return left;
    }

    /** Peer connection, signalling, sources, engine: the order libwebrtc needs. */
    private void closeAll() {
        if (session != null) {
            session.close();
        }
        if (screen != null) {
            screen.close();
        }
        signalling.close();
        local.close();
        engine.close();
    }
}
