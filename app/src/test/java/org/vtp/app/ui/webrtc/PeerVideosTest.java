package org.vtp.app.ui.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vtp.app.ui.service.FakeVideoFeed;

class PeerVideosTest {
    private final PeerVideos videos = new PeerVideos();
    private final FakeVideoFeed camera = new FakeVideoFeed();
    private final FakeVideoFeed screen = new FakeVideoFeed();

    @Test
    void theNewestFeedIsShownAndTheEarlierOneComesBackWhenItEnds() {
        videos.add("p1", "c1", camera);
        videos.add("p1", "c2", screen);
        assertThat(videos.shown("p1")).containsSame(screen);

        assertThat(videos.remove("p1", "c2")).containsSame(camera);
        assertThat(videos.remove("p1", "c1")).isEmpty();
        assertThat(videos.has("p1")).isFalse();
    }

    @Test
    void removingAnUnknownFeedOrPeerIsHarmless() {
        assertThat(videos.remove("nobody", "c9")).isEmpty();
        videos.add("p1", "c1", camera);
        videos.removePeer("p1");
        assertThat(videos.shown("p1")).isEmpty();
    }
}
