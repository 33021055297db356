package org.vtp.app.ui.webrtc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.app.ui.service.VideoFeed;
import org.vtp.client.media.FrameCounter;

/**
 * What a call told its UI, for tests: every connection state, rejoin attempts and lost reasons,
 * who is there, and a pattern-checking frame counter on each peer's shown video.
 */
final class CallRecorder implements CallEvents {
    final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    final List<Integer> attempts = new CopyOnWriteArrayList<>();
    final List<String> reasons = new CopyOnWriteArrayList<>();
    final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, FrameCounter> counters = new ConcurrentHashMap<>();
    volatile ConnectionState state;

    /** The latest state, null before the first. */
    ConnectionState last() {
        return state;
    }

    int lastAttempt() {
        return attempts.isEmpty() ? 0 : attempts.get(attempts.size() - 1);
    }

    long framesFrom(String peerId) {
        FrameCounter counter = counters.get(peerId);
        return counter == null ? 0 : counter.snapshot().frames();
    }

    /** Frames from everyone. */
    long frames() {
        return counters.values().stream().mapToLong(c -> c.snapshot().frames()).sum();
    }

    long patternMatchesFrom(String peerId) {
        FrameCounter counter = counters.get(peerId);
        return counter == null ? 0 : counter.snapshot().patternMatches();
    }

    @Override
    public void onConnectionState(ConnectionState next) {
        states.add(next);
        state = next;
    }

    @Override
    public void onReconnecting(int attempt) {
        attempts.add(attempt);
    }

    @Override
    public void onConnectionLost(String reason) {
        reasons.add(reason);
    }

    @Override
    public void onParticipantJoined(String peerId, String displayName) {
        names.put(peerId, displayName);
    }

    @Override
    public void onParticipantLeft(String peerId) {
        names.remove(peerId);
    }

    @Override
    public void onParticipantVideo(String peerId, VideoFeed feed) {
        feed.addSink(counters.computeIfAbsent(peerId, p -> new FrameCounter(3)));
    }

    @Override
    public void onParticipantVideoEnded(String peerId) {
    }

    @Override
    public void onProblem(String message) {
    }
}
