package org.vtp.sfu.stream;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.StreamStats;
import org.vtp.sfu.report.SendStreamStatistics;
import org.vtp.sfu.rewrite.RtpStreamRewriter;
import org.vtp.sfu.rtp.RtpHeaderExtensions;
import org.vtp.sfu.rtp.RtpPacket;

/**
 * One outgoing copy of a producer's track. {@link #forward} runs on the producer's network thread:
 * copy into this consumer's own buffer, strip header extensions (the receiver negotiated its own
 * ids), rewrite SSRC/sequence/timestamp/payload type, send. Video starts at a keyframe, so a new
 * receiver never sees undecodable frames.
 */
public final class SfuConsumer implements org.vtp.sfu.api.Consumer {

    /** Larger packets than a UDP payload on Ethernet never come from WebRTC senders. */
    static final int MAX_PACKET = 1500;

    private final String id;
    private final String transportId;
    private final SfuProducer producer;
    private final long ssrc;
    private final PacketSender downstream;
    private final Consumer<SfuConsumer> onClose;
    private final RtpStreamRewriter rewriter;
    private final SendStreamStatistics sendStatistics;
    private final StreamCounters counters = new StreamCounters();
    private final byte[] buffer = new byte[MAX_PACKET + PacketSender.MAX_OVERHEAD];

    private final Map<Codec, Integer> payloadTypes = new EnumMap<>(Codec.class);
    private volatile boolean bound;
    private volatile boolean closed;
    private boolean awaitingKeyframe;

    private SfuConsumer(String id, String transportId, SfuProducer producer, long ssrc, PacketSender downstream,
                        Clock wallClock, RandomGenerator random, Consumer<SfuConsumer> onClose) {
        this.id = Objects.requireNonNull(id, "id");
        this.transportId = Objects.requireNonNull(transportId, "transportId");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.ssrc = ssrc;
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
        int clockRate = producer.kind() == MediaKind.AUDIO ? 48_000 : 90_000;
        this.rewriter = new RtpStreamRewriter(ssrc, clockRate, random.nextInt(1 << 15),
                random.nextLong() & 0x7FFF_FFFFL);
        this.sendStatistics = new SendStreamStatistics(ssrc, clockRate, wallClock);
    }

    /**
     * Creates a consumer attached to its producer (so it closes with it, bound or not); it
     * forwards once {@link #bind bound}.
     *
     * @param downstream the consumer's transport
     * @param onClose told once when the consumer closes (its transport forgets it)
     */
    public static SfuConsumer attach(String id, String transportId, SfuProducer producer, long ssrc,
                                     PacketSender downstream, Clock wallClock, RandomGenerator random,
                                     Consumer<SfuConsumer> onClose) {
        SfuConsumer consumer = new SfuConsumer(id, transportId, producer, ssrc, downstream, wallClock, random, onClose);
        producer.addConsumer(consumer);
        if (producer.isClosed()) {
            consumer.close();
        }
        return consumer;
    }

    /**
     * Starts forwarding with the payload types the receiver's offer chose, one per codec it can
     * receive; the producer's current codec goes out as the receiver's type for it (a codec the
     * receiver lacks is dropped). Rebinding (a later offer) only updates the types.
     */
    public void bind(Map<Codec, Integer> consumerPayloadTypes, long nowNanos) {
        if (producer.binding() == null || closed || producer.isClosed()) {
            return;
        }
        synchronized (this) {
            payloadTypes.clear();
            payloadTypes.putAll(consumerPayloadTypes);
            mapProducerPayloadType();
            if (bound) {
                return;
            }
            awaitingKeyframe = producer.kind() == MediaKind.VIDEO;
            bound = true;
        }
        producer.requestKeyframe(nowNanos);
    }

    /**
     * The producer renegotiated another codec or payload type: map it afresh and start again at
     * a keyframe (a new decoder on the receiver); the RTCP timer asks for one while waiting.
     */
    synchronized void onProducerRebound() {
        if (!bound) {
            return;
        }
        mapProducerPayloadType();
        awaitingKeyframe = producer.kind() == MediaKind.VIDEO;
    }

    private void mapProducerPayloadType() {
        InboundBinding source = producer.binding();
        rewriter.clearPayloadTypes();
        Integer consumerPt = payloadTypes.get(source.codec());
        if (consumerPt != null) {
            rewriter.mapPayloadType(source.payloadType(), consumerPt);
        }
    }

    /** The consumer's transport (re)connected: start video again from a fresh keyframe. */
    public void restartFromKeyframe(long nowNanos) {
        if (!bound || producer.kind() != MediaKind.VIDEO) {
            return;
        }
        synchronized (this) {
            awaitingKeyframe = true;
        }
        producer.requestKeyframe(nowNanos);
    }

    /**
     * Asks again while video waits for its first keyframe: a request sent before the producer's
     * transport connected, or lost on the network, must not leave the receiver black. The
     * producer's hold-off bounds the rate. Called by the RTCP timer.
     */
    public void retryKeyframeRequest(long nowNanos) {
        boolean waiting;
        synchronized (this) {
            waiting = bound && !closed && awaitingKeyframe;
        }
        if (waiting) {
            producer.requestKeyframe(nowNanos);
        }
    }

    /** Called on the producer's network thread for every packet it forwards. */
    synchronized void forward(byte[] buf, int off, int len, boolean keyframeStart, long nowNanos) {
        if (!bound || closed || len > MAX_PACKET) {
            return;
        }
        if (awaitingKeyframe) {
            if (!keyframeStart) {
                return;
            }
            awaitingKeyframe = false;
        }
        System.arraycopy(buf, off, buffer, 0, len);
        int length = RtpHeaderExtensions.strip(buffer, 0, len);
        if (length < 0 || !rewriter.rewrite(buffer, 0, length, nowNanos)) {
            return;
        }
        sendStatistics.onPacketSent(RtpPacket.timestamp(buffer, 0), RtpPacket.payloadLength(buffer, 0, length),
                nowNanos);
        counters.countPacket(length);
        downstream.sendRtp(buffer, 0, length);
    }

    /** The receiver sent PLI or FIR for this consumer's SSRC. */
    public void onKeyframeRequest(long nowNanos) {
        counters.countKeyframeRequest();
        producer.requestKeyframe(nowNanos);
    }

    /** Writes this consumer's SR into {@code out}; -1 before its first packet. */
    public synchronized int writeSenderReport(byte[] out, int off, long nowNanos) {
        return sendStatistics.writeSenderReport(out, off, nowNanos, List.of());
    }

    public SfuProducer producer() {
        return producer;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String transportId() {
        return transportId;
    }

    @Override
    public String producerId() {
        return producer.id();
    }

    @Override
    public MediaKind kind() {
        return producer.kind();
    }

    @Override
    public long ssrc() {
        return ssrc;
    }

    @Override
    public boolean isBound() {
        return bound;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public StreamStats stats() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        producer.removeConsumer(this);
        onClose.accept(this);
    }
}
