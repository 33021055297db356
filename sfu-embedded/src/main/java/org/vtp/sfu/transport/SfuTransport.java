package org.vtp.sfu.transport;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.SfuException;
import org.vtp.sfu.api.TransportListener;
import org.vtp.sfu.api.TransportState;
import org.vtp.sfu.api.WebRtcTransport;
import org.vtp.sfu.channel.SecureChannel;
import org.vtp.sfu.sdp.LocalTransportParams;
import org.vtp.sfu.sdp.MediaPolicy;
import org.vtp.sfu.sdp.NegotiatedSection;
import org.vtp.sfu.sdp.NegotiationResult;
import org.vtp.sfu.sdp.RemoteTransport;
import org.vtp.sfu.sdp.SdpNegotiationException;
import org.vtp.sfu.sdp.SdpNegotiator;
import org.vtp.sfu.stream.PacketSender;
import org.vtp.sfu.stream.SfuConsumer;
import org.vtp.sfu.stream.SfuProducer;

/**
 * One client's WebRTC connection: owns its {@link SecureChannel}, its producers and its consumers
 * (ownership goes down: closing the transport closes them). Signalling threads call the API
 * methods; the channel's network thread delivers packets; the SFU timer calls {@link #tick}.
 */
public final class SfuTransport implements WebRtcTransport, PacketSender {

    private static final Logger LOG = LoggerFactory.getLogger(SfuTransport.class);

    private final String id;
    private final TransportContext context;
    private final ProducerDirectory directory;
    private final VideoCodecChoice videoCodec;
    private final TransportListener listener;
    private final SecureChannel channel;
    private final SdpNegotiator negotiator;
    private final long rtcpSsrc;
    private final Map<String, SfuProducer> producers = new ConcurrentHashMap<>();
    private final Map<String, SfuConsumer> consumers = new ConcurrentHashMap<>();
    private final EndedConsumers endedConsumers = new EndedConsumers();
    private final Map<Long, SfuConsumer> consumersBySsrc = new ConcurrentHashMap<>();
    private final InboundRoutes routes = new InboundRoutes();
    private final RtcpReceiver rtcpReceiver;
    private final RtcpReporter reporter;

    private volatile TransportState state = TransportState.NEW;
    private RemoteTransport remote;

    public SfuTransport(String id, TransportContext context, ProducerDirectory directory, VideoCodecChoice videoCodec,
                        TransportListener listener) throws SfuException {
        this.id = Objects.requireNonNull(id, "id");
        this.context = Objects.requireNonNull(context, "context");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.videoCodec = Objects.requireNonNull(videoCodec, "videoCodec");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.negotiator = new SdpNegotiator(context.random());
        this.rtcpSsrc = context.newSsrc();
        this.rtcpReceiver = new RtcpReceiver(routes::bySsrc, consumersBySsrc::get);
        this.reporter = new RtcpReporter(rtcpSsrc, context.maxIncomingBitrateBps(), this);
        try {
            this.channel = SecureChannel.open(context.mediaPort(), context.channelSettings(), new ChannelEvents());
        } catch (IOException e) {
            throw new SfuException(SfuException.Code.UNSUPPORTED, "cannot open an ICE session: " + e.getMessage(), e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public TransportState state() {
        return state;
    }

    @Override
    public synchronized Producer produce(String producerId, MediaKind kind) throws SfuException {
        requireOpen();
        Objects.requireNonNull(kind, "kind");
        SfuProducer producer = new SfuProducer(producerId, id, kind, rtcpSsrc, this, this::forget);
        if (!directory.register(producer)) {
            throw new SfuException(SfuException.Code.ALREADY_EXISTS, "producer id in use: " + producerId);
        }
        producers.put(producerId, producer);
        return producer;
    }

    @Override
    public synchronized Consumer consume(String consumerId, String producerId) throws SfuException {
        requireOpen();
        if (consumers.containsKey(consumerId)) {
            throw new SfuException(SfuException.Code.ALREADY_EXISTS, "consumer id in use: " + consumerId);
        }
        SfuProducer producer = directory.find(producerId).filter(p -> !p.isClosed())
                .orElseThrow(() -> new SfuException(SfuException.Code.NOT_FOUND, "no producer " + producerId));
        if (producer.transportId().equals(id)) {
            throw new SfuException(SfuException.Code.INVALID_ARGUMENT, "a transport cannot consume its own producer");
        }
        long ssrc;
        do {
            ssrc = context.newSsrc();
        } while (consumersBySsrc.containsKey(ssrc) || ssrc == rtcpSsrc);
        SfuConsumer consumer = SfuConsumer.attach(consumerId, id, producer, ssrc, this, context.wallClock(),
                context.random(), this::forget);
        if (consumer.isClosed()) {
            throw new SfuException(SfuException.Code.NOT_FOUND, "producer " + producerId + " closed");
        }
        consumers.put(consumerId, consumer);
        consumersBySsrc.put(ssrc, consumer);
        return consumer;
    }

    @Override
    public synchronized String applyOffer(String offerSdp, Map<String, String> midToId) throws SfuException {
        requireOpen();
        OfferBindings bindings = OfferBindings.resolve(Objects.requireNonNull(midToId, "midToId"), producers, consumers,
                endedConsumers);
        Optional<Set<Codec>> offeredVideo = MediaPolicy.offeredVideoCodecs(offerSdp);
        NegotiationResult result;
        try {
            result = negotiator.negotiate(Objects.requireNonNull(offerSdp, "offerSdp"), localParams(),
                    bindings.decisions(), videoCodec.videoCodecWith(id, offeredVideo));
        } catch (SdpNegotiationException e) {
            throw e.toSfuException();
        }
        requireNoCodecRejection(result, bindings);
        requireSameIceSession(result.remote());
        videoCodec.offerApplied(id, offeredVideo);
        applyBindings(result, bindings);
        if (remote == null) {
            remote = result.remote();
            channel.connect(remote.iceUfrag(), remote.icePwd(), remote.candidates(),
                    remote.fingerprint().toAttributeValue());
            changeState(TransportState.CONNECTING);
        }
        return result.answer();
    }

    private LocalTransportParams localParams() {
        String[] fingerprint = context.channelSettings().certificate().fingerprint().split(" ", 2);
        return new LocalTransportParams(channel.localUfrag(), channel.localPassword(), channel.localCandidates(),
                new org.vtp.sfu.sdp.Fingerprint(fingerprint[0], fingerprint[1]));
    }

    private static void requireNoCodecRejection(NegotiationResult result, OfferBindings bindings) throws SfuException {
        for (var rejected : result.rejected()) {
            if (bindings.binds(rejected.mid())) {
                throw new SfuException(SfuException.Code.UNSUPPORTED,
                        "m-section " + rejected.mid() + " cannot be accepted: " + rejected.cause());
            }
        }
    }

    private void requireSameIceSession(RemoteTransport offered) throws SfuException {
        if (remote != null && !remote.iceUfrag().equals(offered.iceUfrag())) {
            throw new SfuException(SfuException.Code.UNSUPPORTED, "ICE restart is not supported");
        }
    }

    /** Binds every accepted section; producers and consumers the offer no longer carries close. */
    private void applyBindings(NegotiationResult result, OfferBindings bindings) {
        long now = context.nanoClock().getAsLong();
        for (NegotiatedSection section : result.accepted()) {
            SfuProducer producer = bindings.producer(section.mid());
            if (producer != null) {
                producer.bind(SectionBindings.inbound(section));
                routes.route(section.mid(), producer, section.remoteSsrcs());
                section.midExtensionId().ifPresent(routes::setMidExtensionId);
            }
            SfuConsumer consumer = bindings.consumer(section.mid());
            if (consumer != null) {
                consumer.bind(SectionBindings.consumerPayloadTypes(section), now);
            }
        }
        for (SfuProducer producer : List.copyOf(producers.values())) {
            if (producer.isBound() && !bindings.decisions().isEmpty() && !isCarried(producer, result, bindings)) {
                producer.close();
            }
        }
        for (SfuConsumer consumer : List.copyOf(consumers.values())) {
            if (consumer.isBound() && !isCarried(consumer, result, bindings)) {
                consumer.close();
            }
        }
    }

    private static boolean isCarried(Object stream, NegotiationResult result, OfferBindings bindings) {
        for (NegotiatedSection section : result.accepted()) {
            if (bindings.producer(section.mid()) == stream || bindings.consumer(section.mid()) == stream) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addRemoteCandidate(String candidate) throws SfuException {
        requireOpen();
        if (candidate == null || candidate.isBlank()) {
            return;
        }
        if (candidate.length() > 512) {
            throw new SfuException(SfuException.Code.INVALID_ARGUMENT, "candidate too long");
        }
        channel.addRemoteCandidate(candidate);
    }

    @Override
    public Collection<Producer> producers() {
        return List.copyOf(producers.values());
    }

    @Override
    public Collection<Consumer> consumers() {
        return List.copyOf(consumers.values());
    }

    /** Periodic RTCP and pending keyframe requests; called by the SFU timer thread. */
    public void tick(long nowNanos) {
        if (state == TransportState.CONNECTED) {
            reporter.tick(producers.values(), consumers.values(), nowNanos);
        }
    }

    @Override
    public void sendRtp(byte[] buf, int off, int len) {
        channel.sendRtp(buf, off, len);
    }

    @Override
    public void sendRtcp(byte[] buf, int off, int len) {
        channel.sendRtcp(buf, off, len);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (state == TransportState.CLOSED) {
                return;
            }
            state = TransportState.CLOSED;
        }
        channel.close();
        List.copyOf(producers.values()).forEach(SfuProducer::close);
        List.copyOf(consumers.values()).forEach(SfuConsumer::close);
        safely(() -> listener.onStateChange(TransportState.CLOSED));
    }

    private void forget(SfuProducer producer) {
        producers.remove(producer.id(), producer);
        routes.forget(producer);
        directory.unregister(producer);
    }

    private void forget(SfuConsumer consumer) {
        consumers.remove(consumer.id(), consumer);
        endedConsumers.remember(consumer.id(), consumer.kind());
        consumersBySsrc.remove(consumer.ssrc(), consumer);
        if (consumer.producer().isClosed() && state != TransportState.CLOSED) {
            safely(() -> listener.onConsumerClosed(consumer.id(), consumer.producerId()));
        }
    }

    private void requireOpen() throws SfuException {
        if (state == TransportState.CLOSED) {
            throw new SfuException(SfuException.Code.CLOSED, "transport " + id + " is closed");
        }
    }

    private void changeState(TransportState next) {
        synchronized (this) {
            if (state == TransportState.CLOSED || state == next) {
                return;
            }
            state = next;
        }
        LOG.debug("transport {} {}", id, next);
        safely(() -> listener.onStateChange(next));
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("transport listener failed", e);
        }
    }

    /** The secure channel's events, on its network thread. */
    private final class ChannelEvents implements SecureChannel.Listener {
        @Override
        public void onConnected() {
            changeState(TransportState.CONNECTED);
            long now = context.nanoClock().getAsLong();
            consumers.values().forEach(c -> c.restartFromKeyframe(now));
        }

        @Override
        public void onFailed(String reason) {
            LOG.info("transport {} failed: {}", id, reason);
            changeState(TransportState.FAILED);
        }

        @Override
        public void onRtp(byte[] buf, int off, int len) {
            SfuProducer producer = routes.lookup(buf, off, len);
            if (producer != null) {
                producer.onRtp(buf, off, len, context.nanoClock().getAsLong());
            }
        }

        @Override
        public void onRtcp(byte[] buf, int off, int len) {
            rtcpReceiver.receive(buf, off, len, context.nanoClock().getAsLong());
        }
    }
}
