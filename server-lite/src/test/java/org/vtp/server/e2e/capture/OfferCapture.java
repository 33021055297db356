package org.vtp.server.e2e.capture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.Router;
import org.vtp.sfu.api.RouterFactory;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportListener;
import org.vtp.sfu.api.TransportState;
import org.vtp.sfu.api.WebRtcTransport;

/**
 * Wraps the real SFU and records every offer clients make, in arrival order; everything else is
 * passed through untouched. Give it to {@code VtpServer.start*} in place of the SFU.
 */
public final class OfferCapture implements RouterFactory {

    private final RouterFactory sfu;
    private final List<CapturedOffer> offers = new ArrayList<>();

    public OfferCapture(RouterFactory sfu) {
        this.sfu = sfu;
    }

    @Override
    public Router createRouter(String routerId) throws SfuException {
        return new CapturingRouter(sfu.createRouter(routerId));
    }

    /** Every offer so far, oldest first. */
    public synchronized List<CapturedOffer> offers() {
        return List.copyOf(offers);
    }

    /** The offers of one transport, oldest first. */
    public List<CapturedOffer> offersOf(String transportId) {
        return offers().stream().filter(o -> o.transportId().equals(transportId)).toList();
    }

    private synchronized void record(CapturedOffer offer) {
        offers.add(offer);
    }

    private synchronized int nextRound(String transportId) {
        return (int) offers.stream().filter(o -> o.transportId().equals(transportId)).count() + 1;
    }

    private final class CapturingRouter implements Router {
        private final Router router;

        CapturingRouter(Router router) {
            this.router = router;
        }

        @Override
        public String id() {
            return router.id();
        }

        @Override
        public WebRtcTransport createTransport(String transportId, TransportListener listener) throws SfuException {
            return new CapturingTransport(router.createTransport(transportId, listener));
        }

        @Override
        public Optional<WebRtcTransport> transport(String transportId) {
            return router.transport(transportId).map(CapturingTransport::new);
        }

        @Override
        public Optional<Producer> producer(String producerId) {
            return router.producer(producerId);
        }

        @Override
        public Collection<WebRtcTransport> transports() {
            return router.transports().stream().<WebRtcTransport>map(CapturingTransport::new).toList();
        }

        @Override
        public Codec videoCodec() {
            return router.videoCodec();
        }

        @Override
        public void close() {
            router.close();
        }
    }

    private final class CapturingTransport implements WebRtcTransport {
        private final WebRtcTransport transport;

        CapturingTransport(WebRtcTransport transport) {
            this.transport = transport;
        }

        @Override
        public String applyOffer(String offerSdp, Map<String, String> midToId) throws SfuException {
            Map<String, String> roles = roles(midToId);
            int round = nextRound(transport.id());
            try {
                String answer = transport.applyOffer(offerSdp, midToId);
                record(new CapturedOffer(transport.id(), round, offerSdp, roles, answer, null));
                return answer;
            } catch (SfuException | RuntimeException e) {
                record(new CapturedOffer(transport.id(), round, offerSdp, roles, null, e.getMessage()));
                throw e;
            }
        }

        private Map<String, String> roles(Map<String, String> midToId) {
            Map<String, String> roles = new TreeMap<>();
            midToId.forEach((mid, id) -> {
                transport.producers().stream().filter(p -> p.id().equals(id)).findFirst()
                        .ifPresent(p -> roles.put(mid, "receive " + p.kind().sdpName()));
                transport.consumers().stream().filter(c -> c.id().equals(id)).findFirst()
                        .ifPresent(c -> roles.put(mid, "send " + c.kind().sdpName()));
            });
            return roles;
        }

        @Override
        public String id() {
            return transport.id();
        }

        @Override
        public TransportState state() {
            return transport.state();
        }

        @Override
        public Producer produce(String producerId, org.vtp.sfu.api.MediaKind kind) throws SfuException {
            return transport.produce(producerId, kind);
        }

        @Override
        public Consumer consume(String consumerId, String producerId) throws SfuException {
            return transport.consume(consumerId, producerId);
        }

        @Override
        public void addRemoteCandidate(String candidate) throws SfuException {
            transport.addRemoteCandidate(candidate);
        }

        @Override
        public Collection<Producer> producers() {
            return transport.producers();
        }

        @Override
        public Collection<Consumer> consumers() {
            return transport.consumers();
        }

        @Override
        public void close() {
            transport.close();
        }
    }
}
