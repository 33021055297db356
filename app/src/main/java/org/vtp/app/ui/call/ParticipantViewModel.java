package org.vtp.app.ui.call;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vtp.app.ui.service.VideoFeed;

/** One tile: who, and their video when there is one (null = show the name card). */
public final class ParticipantViewModel {
    private final String peerId;
    private final String displayName;
    private final boolean local;
    private final ObjectProperty<VideoFeed> video = new SimpleObjectProperty<>();
    private final BooleanProperty muted = new SimpleBooleanProperty(false);
    private final BooleanProperty cameraOff = new SimpleBooleanProperty(false);

    public ParticipantViewModel(String peerId, String displayName, boolean local) {
        this.peerId = peerId;
        this.displayName = displayName;
        this.local = local;
    }

    public String peerId() {
        return peerId;
    }

    public String displayName() {
        return displayName;
    }

    /** The tile label: the name, with "(you)" on our own preview. */
    public String label() {
        return local ? displayName + " (you)" : displayName;
    }

    /** Up to two initials for the name card shown while there is no video. */
    public String initials() {
        return Arrays.stream(displayName.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1))).collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
    }

    public boolean local() {
        return local;
    }

    public ObjectProperty<VideoFeed> videoProperty() {
        return video;
    }

    /** The participant said their microphone is muted (a remote producerPaused on audio). */
    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** The participant said their camera is off (a remote producerPaused on video). */
    public BooleanProperty cameraOffProperty() {
        return cameraOff;
    }

    /** The tile's state badge: "muted", "camera off", both, or empty. */
    public String stateBadge() {
        if (muted.get() && cameraOff.get()) {
            return "muted · camera off";
        }
        return muted.get() ? "muted" : cameraOff.get() ? "camera off" : "";
    }
}
