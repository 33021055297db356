package org.vtp.app.ui.webrtc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.vtp.app.ui.service.VideoFeed;

/**
 * The video feeds each remote participant sends, keyed by consumer id. A tile shows one feed: the
 * newest. So a shared screen (published after the camera) replaces the sender's camera on their
 * tile while it lasts, and the camera comes back when the share ends. Not thread-safe: the owner
 * synchronises.
 */
final class PeerVideos {
    private final Map<String, LinkedHashMap<String, VideoFeed>> byPeer = new LinkedHashMap<>();

    /** Adds a feed; it becomes the one shown. */
    VideoFeed add(String peerId, String consumerId, VideoFeed feed) {
        byPeer.computeIfAbsent(peerId, p -> new LinkedHashMap<>()).put(consumerId, feed);
        return feed;
    }

    /** Removes a feed; the feed now shown for that peer, or empty when none is left. */
    Optional<VideoFeed> remove(String peerId, String consumerId) {
        LinkedHashMap<String, VideoFeed> feeds = byPeer.get(peerId);
        if (feeds == null) {
            return Optional.empty();
        }
        feeds.remove(consumerId);
        if (feeds.isEmpty()) {
            byPeer.remove(peerId);
        }
        return shown(peerId);
    }

    boolean has(String peerId) {
        return byPeer.containsKey(peerId);
    }

    void removePeer(String peerId) {
        byPeer.remove(peerId);
    }

    Optional<VideoFeed> shown(String peerId) {
        LinkedHashMap<String, VideoFeed> feeds = byPeer.get(peerId);
        if (feeds == null) {
            return Optional.empty();
        }
        VideoFeed newest = null;
        for (VideoFeed feed : feeds.values()) {
            newest = feed;
        }
        return Optional.ofNullable(newest);
    }

    /** Each peer with the feed its tile shows. */
    void forEachShown(BiConsumer<String, VideoFeed> action) {
        byPeer.keySet().forEach(peer -> shown(peer).ifPresent(feed -> action.accept(peer, feed)));
    }
}
