package org.vtp.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PulseStreamRouterTest {
    private final PulseStreamRouter router = new PulseStreamRouter(5332);

    @Test
    void onlyTheStreamsOfThisProcessAreMoved() {
        String listing = """
                [{"index":0,"sink":0,"properties":{"application.name":"WEBRTC VoiceEngine","application.process.id":"5332"}},
                 {"index":1,"sink":0,"properties":{"application.name":"Chromium","application.process.id":"5853"}},
                 {"index":7,"sink":2,"properties":{"application.process.id":"5332"}},
                 {"index":"x","properties":{"application.process.id":"5332"}},
                 {"index":9}]
                """;

        assertThat(router.ownStreams(listing, 5332)).containsExactly(0, 7);
    }

    @Test
    void anEmptyListingHasNoStreamsAndGarbageIsAClearError() {
        assertThat(router.ownStreams("[]", 5332)).isEmpty();
        assertThatThrownBy(() -> router.ownStreams("Connection failure: Connection refused", 5332))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no stream list");
    }
}
