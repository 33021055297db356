package org.vtp.app.ui.call;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.vtp.app.ui.service.VideoFeed;

/**
 * One participant's tile: their video scaled to fit (letterboxed), or a name card while there is
 * none, and a name label. Rendering goes through a {@link FrameRenderer} attached as a sink to
 * the participant's {@link VideoFeed}; {@link #dispose()} detaches it.
 */
final class VideoTile extends StackPane {
    private final ParticipantViewModel participant;
    private final ImageView video = new ImageView();
    private final VBox card;
    private final FrameRenderer renderer;
    private VideoFeed attached;

    VideoTile(ParticipantViewModel participant, Executor fx) {
        this.participant = participant;
        this.renderer = new FrameRenderer(fx, image -> {
            if (attached != null) {
                video.setImage(image);
                showVideo(true);
            }
        });
        getStyleClass().add("video-tile");
        setUserData(participant);
        if (participant.local()) {
            getStyleClass().add("local");
            video.setScaleX(-1);
        }
        video.setPreserveRatio(true);
        video.setSmooth(true);
        video.fitWidthProperty().bind(widthProperty());
        video.fitHeightProperty().bind(heightProperty());
        card = nameCard(participant.initials());
        Label name = new Label(participant.label());
        name.getStyleClass().add("tile-name");
        StackPane.setAlignment(name, Pos.BOTTOM_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        clip.setArcWidth(16);
        clip.setArcHeight(16);
        setClip(clip);
        setMinSize(0, 0);
        Label state = new Label();
        state.getStyleClass().add("tile-state");
        state.textProperty().bind(Bindings.createStringBinding(participant::stateBadge,
                participant.mutedProperty(), participant.cameraOffProperty()));
        state.visibleProperty().bind(state.textProperty().isNotEmpty());
        StackPane.setAlignment(state, Pos.TOP_RIGHT);
        Region frame = new Region();
        frame.getStyleClass().add("tile-frame");
        frame.setMouseTransparent(true);
        getChildren().addAll(card, video, name, state, frame);
        showVideo(false);
        participant.videoProperty().addListener((o, old, feed) -> attach(feed));
        attach(participant.videoProperty().get());
    }

    private static VBox nameCard(String letters) {
        Label initials = new Label(letters);
        initials.getStyleClass().add("tile-initials");
        VBox box = new VBox(initials);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("tile-card");
        return box;
    }

    private void attach(VideoFeed feed) {
        if (attached != null) {
            attached.removeSink(renderer);
        }
        attached = feed;
        showVideo(false);
        video.setImage(null);
        if (feed != null) {
            feed.addSink(renderer);
        }
    }

    private void showVideo(boolean shown) {
        video.setVisible(shown);
        card.setVisible(!shown);
    }

    ParticipantViewModel participant() {
        return participant;
    }

    /** Frames rendered so far (tests read this to wait for video). */
    long framesShown() {
        return renderer.framesShown();
    }

    /** Detaches from the feed; call when the tile leaves the grid. */
    void dispose() {
        attach(null);
    }
}
