package org.vtp.app.ui.webrtc;

import dev.onvoid.webrtc.media.video.VideoTrack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.VideoFeed;
import org.vtp.client.call.JoinedRoom;
import org.vtp.client.call.ProducerInfo;
import org.vtp.client.call.RemoteTrack;

/**
 * Who else is in the call, their shown video and mute/camera-off flags, as the UI was told: each
 * change is passed to the {@link CallEvents} (once set) and replayed to a late listener. A dropped
 * connection clears it (everyone "leaves"); the rejoin's answer fills it again. Thread-safe.
 *
 * <p>The video feeds it hands out are {@link LiveVideoFeed}s: {@link #clear()} and
 * {@link #endFeeds()} end them, which the call does before the leg's peer connection closes.
 */
final class CallRoster {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final PeerVideos videos = new PeerVideos();
    private final Map<String, Boolean> paused = new LinkedHashMap<>();
    private final List<LiveVideoFeed> feeds = new ArrayList<>();
    private CallEvents events;

    synchronized void setListener(CallEvents listener) {
        events = listener;
        names.forEach(listener::onParticipantJoined);
        paused.forEach((key, on) -> listener.onParticipantPaused(peerOf(key), kindOf(key), on));
        videos.forEachShown(listener::onParticipantVideo);
    }

    synchronized CallEvents events() {
        return events;
    }

    /** The others already in the room when we (re)joined. */
    synchronized void joined(JoinedRoom room) {
        room.peers().forEach(p -> {
            peerJoined(p.peerId(), p.displayName());
            p.producers().stream().filter(ProducerInfo::paused).forEach(pr -> paused(p.peerId(), pr.kind(), true));
        });
    }

    /**
     * The connection dropped: every other participant is gone until the rejoin says otherwise.
     * Call before closing the leg, so the UI detaches while the tracks are alive.
     */
    synchronized void clear() {
        endFeeds();
        List.copyOf(names.keySet()).forEach(this::peerLeft);
    }

    /** Detaches the UI from every remote track; call before the peer connection closes. */
    synchronized void endFeeds() {
        feeds.forEach(LiveVideoFeed::end);
        feeds.clear();
    }

    synchronized void peerJoined(String peerId, String displayName) {
        names.put(peerId, displayName);
        if (events != null) {
            events.onParticipantJoined(peerId, displayName);
        }
    }

    synchronized void peerLeft(String peerId) {
        names.remove(peerId);
        videos.removePeer(peerId);
        paused.keySet().removeIf(key -> peerOf(key).equals(peerId));
        if (events != null) {
            events.onParticipantLeft(peerId);
        }
    }

    synchronized void remoteTrack(RemoteTrack track) {
        if (track.track() instanceof VideoTrack video) {
            LiveVideoFeed live = new LiveVideoFeed(video);
            feeds.add(live);
            VideoFeed feed = videos.add(track.peerId(), track.consumerId(), live);
            if (events != null) {
                events.onParticipantVideo(track.peerId(), feed);
            }
        }
    }

    synchronized void remoteTrackEnded(RemoteTrack track) {
        if (!"video".equals(track.kind())) {
            return;
        }
        Optional<VideoFeed> shown = videos.remove(track.peerId(), track.consumerId());
        if (events != null) {
            shown.ifPresentOrElse(feed -> events.onParticipantVideo(track.peerId(), feed),
                    () -> events.onParticipantVideoEnded(track.peerId()));
        }
    }

    synchronized void paused(String peerId, String kind, boolean on) {
        paused.put(peerId + "/" + kind, on);
        if (events != null) {
            events.onParticipantPaused(peerId, kind, on);
        }
    }

    private static String peerOf(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    private static String kindOf(String key) {
        return key.substring(key.indexOf('/') + 1);
    }
}
