package org.vtp.sfu.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.Sfu;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.Router;
import org.vtp.sfu.api.SfuConfig;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportListener;
import org.vtp.sfu.api.TransportState;
import org.vtp.sfu.api.WebRtcTransport;

/** The public transport API driven with offers captured from Chromium; a real media port. */
class SfuTransportIT {

    private static Sfu sfu;

    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startSfu() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        sfu = Sfu.start(new SfuConfig(loopback, 0, List.of(loopback)));
    }

    @AfterAll
    static void stopSfu() {
        sfu.close();
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = SfuTransportIT.class.getResourceAsStream("/sdp/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TransportListener recording(String name) {
        return new TransportListener() {
            @Override
            public void onStateChange(TransportState state) {
                events.add(name + " " + state);
            }

            @Override
            public void onConsumerClosed(String consumerId, String producerId) {
                events.add(name + " lost " + consumerId);
            }
        };
    }

    @Test
    void aPublishersOfferIsAnsweredAndBindsItsProducers() throws Exception {
        Router router = sfu.createRouter("publish");
        WebRtcTransport transport = router.createTransport("ann", recording("ann"));
        Producer audio = transport.produce("ann-mic", MediaKind.AUDIO);
        Producer video = transport.produce("ann-cam", MediaKind.VIDEO);

        String answer = transport.applyOffer(sample("chromium-offer-sendonly.sdp"), Map.of("0", audio.id(), "1", video.id()));

        assertThat(answer).contains("a=group:BUNDLE 0 1", "a=recvonly", "a=setup:passive",
                "a=fingerprint:" + sfu.dtlsFingerprint(), " " + sfu.mediaPort() + " typ host");
        assertThat(audio.isBound()).isTrue();
        assertThat(video.isBound()).isTrue();
        assertThat(transport.state()).isEqualTo(TransportState.CONNECTING);
        router.close();
    }

    @Test
    void aRefusedOfferChangesNothing() throws Exception {
        Router router = sfu.createRouter("refused");
        WebRtcTransport transport = router.createTransport("ben", recording("ben"));
        Producer audio = transport.produce("ben-mic", MediaKind.AUDIO);
        String offer = sample("chromium-offer-sendonly.sdp");

        assertThatThrownBy(() -> transport.applyOffer(offer, Map.of("0", "nobody")))
                .isInstanceOf(SfuException.class).extracting("code").isEqualTo(SfuException.Code.NOT_FOUND);
        assertThatThrownBy(() -> transport.applyOffer(offer.replace("a=group:BUNDLE 0 1\r\n", ""), Map.of("0", audio.id())))
                .isInstanceOf(SfuException.class).extracting("code").isEqualTo(SfuException.Code.UNSUPPORTED);
        assertThatThrownBy(() -> transport.applyOffer("v=0\r\ngarbage", Map.of()))
                .isInstanceOf(SfuException.class).extracting("code").isEqualTo(SfuException.Code.INVALID_ARGUMENT);
        assertThatThrownBy(() -> transport.applyOffer(offer, Map.of("0", audio.id(), "1", audio.id())))
                .isInstanceOf(SfuException.class).extracting("code").isEqualTo(SfuException.Code.INVALID_ARGUMENT);

        assertThat(audio.isBound()).isFalse();
        assertThat(transport.state()).isEqualTo(TransportState.NEW);
        router.close();
    }

    @Test
    void aConsumerIsAnsweredWithItsOwnSsrcAndTheSendersStream() throws Exception {
        BenWatchesAnn call = benWatchesAnn("consume");

        String answer = call.ben().applyOffer(sample("chromium-offer-recvonly.sdp"),
                Map.of("0", call.hearAnn().id(), "1", call.seeAnn().id()));

        assertThat(answer).contains("a=sendonly", "a=msid:ann ben-sees-ann",
                "a=ssrc:" + call.seeAnn().ssrc() + " cname:ann", "a=ssrc:" + call.hearAnn().ssrc() + " msid:ann ben-hears-ann");
        assertThat(call.seeAnn().isBound()).isTrue();
        assertThatThrownBy(() -> call.ann().consume("own", call.mic().id())).isInstanceOf(SfuException.class);
        call.router().close();
    }

    @Test
    void anOfferNamingAConsumerThatEndedMeanwhileIsAnsweredWithThatSectionInactive() throws Exception {
        BenWatchesAnn call = benWatchesAnn("ended-meanwhile");
        call.cam().close();

        String answer = call.ben().applyOffer(sample("chromium-offer-recvonly.sdp"),
                Map.of("0", call.hearAnn().id(), "1", call.seeAnn().id()));

        assertThat(answer).contains("a=group:BUNDLE 0 1", "a=inactive", "a=ssrc:" + call.hearAnn().ssrc() + " cname:ann")
                .doesNotContain("ben-sees-ann");
        assertThat(call.hearAnn().isBound()).isTrue();
        assertThatThrownBy(() -> call.ben().applyOffer(sample("chromium-offer-recvonly.sdp"),
                Map.of("1", "never-existed"))).isInstanceOf(SfuException.class);
        call.router().close();
    }

    /** Ann publishes microphone and camera (offer applied); Ben consumes both (not negotiated yet). */
    private record BenWatchesAnn(Router router, WebRtcTransport ann, Producer mic, Producer cam, WebRtcTransport ben,
                                 Consumer hearAnn, Consumer seeAnn) {
    }

    private BenWatchesAnn benWatchesAnn(String routerId) throws Exception {
        Router router = sfu.createRouter(routerId);
        WebRtcTransport ann = router.createTransport("ann", recording("ann"));
        Producer mic = ann.produce("ann-mic", MediaKind.AUDIO);
        Producer cam = ann.produce("ann-cam", MediaKind.VIDEO);
        ann.applyOffer(sample("chromium-offer-sendonly.sdp"), Map.of("0", mic.id(), "1", cam.id()));
        WebRtcTransport ben = router.createTransport("ben", recording("ben"));
        return new BenWatchesAnn(router, ann, mic, cam, ben, ben.consume("ben-hears-ann", mic.id()),
                ben.consume("ben-sees-ann", cam.id()));
    }

    @Test
    void closingATransportClosesItsProducersAndTheirConsumersElsewhere() throws Exception {
        Router router = sfu.createRouter("closures");
        WebRtcTransport ann = router.createTransport("ann", recording("ann"));
        Producer cam = ann.produce("ann-cam", MediaKind.VIDEO);
        Producer mic = ann.produce("ann-mic", MediaKind.AUDIO);
        ann.applyOffer(sample("chromium-offer-sendonly.sdp"), Map.of("0", mic.id(), "1", cam.id()));
        WebRtcTransport ben = router.createTransport("ben", recording("ben"));
        Consumer seeAnn = ben.consume("ben-sees-ann", cam.id());

        ann.close();

        assertThat(cam.isClosed()).isTrue();
        assertThat(seeAnn.isClosed()).isTrue();
        assertThat(ben.consumers()).isEmpty();
        assertThat(router.producer(cam.id())).isEmpty();
        assertThat(router.transport("ann")).isEmpty();
        assertThat(events).contains("ann CLOSED", "ben lost ben-sees-ann");
        assertThatThrownBy(() -> ann.produce("late", MediaKind.AUDIO))
                .isInstanceOf(SfuException.class).extracting("code").isEqualTo(SfuException.Code.CLOSED);
        router.close();
    }
}
