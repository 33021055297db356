package org.vtp.sfu.stream;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.Producer;
import org.vtp.sfu.api.StreamStats;
import org.vtp.sfu.keyframe.KeyframeRequester;
import org.vtp.sfu.rtcp.ReportBlock;
import org.vtp.sfu.report.ReceiveStreamStatistics;
import org.vtp.sfu.rtp.H264Payload;
import org.vtp.sfu.rtp.RtpPacket;
import org.vtp.sfu.rtp.Vp8PayloadDescriptor;

/**
 * One incoming track. {@link #onRtp} runs on the network thread of the producer's transport and
 * forwards each packet to every consumer in turn; keyframe requests from consumers are aggregated
 * here and sent upstream at most once per hold-off.
 */
public final class SfuProducer implements Producer {

    /** Minimum spacing of keyframe requests to one producer. */
    static final long KEYFRAME_HOLD_OFF_NANOS = 300_000_000L;

    private final String id;
    private final String transportId;
    private final MediaKind kind;
    private final long rtcpSsrc;
    private final PacketSender upstream;
    private final Consumer<SfuProducer> onClose;
    private final List<SfuConsumer> consumers = new CopyOnWriteArrayList<>();
    private final StreamCounters counters = new StreamCounters();
    private final byte[] rtcpOut = new byte[64 + PacketSender.MAX_OVERHEAD];

    private volatile InboundBinding binding;
    private volatile boolean closed;
    private long mediaSsrc = -1;
    private ReceiveStreamStatistics receiveStatistics;
    private KeyframeRequester keyframes;

    /**
     * @param rtcpSsrc the SSRC the SFU uses for its RTCP on the producer's transport
     * @param upstream the producer's transport, for RTCP towards the sending client
     * @param onClose told once when the producer closes (its transport and router forget it)
     */
    public SfuProducer(String id, String transportId, MediaKind kind, long rtcpSsrc, PacketSender upstream,
                       Consumer<SfuProducer> onClose) {
        this.id = Objects.requireNonNull(id, "id");
        this.transportId = Objects.requireNonNull(transportId, "transportId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rtcpSsrc = rtcpSsrc;
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
    }

    /**
     * Binds (or rebinds, on renegotiation) the producer to what its m-section negotiated. A new
     * codec or payload type is passed on to every consumer (the class's codec changed).
     */
    public void bind(InboundBinding newBinding) {
        Objects.requireNonNull(newBinding, "binding");
        InboundBinding previous;
        synchronized (this) {
            previous = binding;
            binding = newBinding;
            keyframes = new KeyframeRequester(rtcpSsrc, Math.max(mediaSsrc, 0), newBinding.pliNegotiated(),
                    newBinding.firNegotiated(), KEYFRAME_HOLD_OFF_NANOS);
        }
        if (previous != null && (previous.codec() != newBinding.codec()
                || previous.payloadType() != newBinding.payloadType())) {
            consumers.forEach(SfuConsumer::onProducerRebound);
        }
    }

    /** A decrypted RTP packet of this producer; called on its transport's network thread. */
    public void onRtp(byte[] buf, int off, int len, long nowNanos) {
        InboundBinding current = binding;
        if (closed || current == null || RtpPacket.payloadType(buf, off) != current.payloadType()) {
            return;
        }
        boolean keyframeStart = isKeyframeStart(current.codec(), buf, off, len);
        synchronized (this) {
            track(RtpPacket.ssrc(buf, off), current.clockRate());
            receiveStatistics.onPacket(RtpPacket.sequenceNumber(buf, off), RtpPacket.timestamp(buf, off), nowNanos);
            if (keyframeStart) {
                keyframes.onKeyframe();
            }
        }
        counters.countPacket(len);
        for (SfuConsumer consumer : consumers) {
            consumer.forward(buf, off, len, keyframeStart, nowNanos);
        }
    }

    private static boolean isKeyframeStart(Codec codec, byte[] buf, int off, int len) {
        int payload = RtpPacket.payloadOffset(buf, off, len);
        if (payload < 0) {
            return false;
        }
        int payloadLength = off + len - payload;
        return switch (codec) {
            case VP8 -> Vp8PayloadDescriptor.isKeyframeStart(buf, payload, payloadLength);
            case H264 -> H264Payload.isKeyframeStart(buf, payload, payloadLength);
            case OPUS -> false;
        };
    }

    /** Starts statistics afresh when the sender's SSRC changes (first packet, renegotiation). */
    private void track(long ssrc, int clockRate) {
        if (ssrc != mediaSsrc) {
            mediaSsrc = ssrc;
            receiveStatistics = new ReceiveStreamStatistics(ssrc, clockRate);
            keyframes.setMediaSsrc(ssrc);
        }
    }

    /** The sender's SR for this stream arrived (feeds LSR/DLSR of our reports). */
    public synchronized void onSenderReport(long ntpTimestamp, long nowNanos) {
        if (receiveStatistics != null) {
            receiveStatistics.onSenderReport(ntpTimestamp, nowNanos);
        }
    }

    /** A consumer asked for a keyframe, or joined; sent now or when the hold-off ends. */
    public void requestKeyframe(long nowNanos) {
        if (kind != MediaKind.VIDEO) {
            return;
        }
        synchronized (this) {
            if (keyframes == null) {
                return;
            }
            keyframes.request();
        }
        flushKeyframeRequest(nowNanos);
    }

    /** Sends a pending keyframe request whose hold-off has ended; called by the RTCP timer. */
    public void flushKeyframeRequest(long nowNanos) {
        int length;
        synchronized (this) {
            if (keyframes == null || mediaSsrc < 0 || !keyframes.isPending()) {
                return;
            }
            length = keyframes.poll(nowNanos, rtcpOut, 0);
            if (length > 0) {
                counters.countKeyframeRequest();
                upstream.sendRtcp(rtcpOut, 0, length);
            }
        }
    }

    /** The report block for our RR to the sender, once packets arrived. */
    public synchronized Optional<ReportBlock> reportBlock(long nowNanos) {
        return receiveStatistics == null ? Optional.empty() : receiveStatistics.reportBlock(nowNanos);
    }

    /** The sender's current SSRC, or -1 before the first packet. */
    public synchronized long mediaSsrc() {
        return mediaSsrc;
    }

    void addConsumer(SfuConsumer consumer) {
        consumers.add(consumer);
    }

    void removeConsumer(SfuConsumer consumer) {
        consumers.remove(consumer);
    }

    public InboundBinding binding() {
        return binding;
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
    public MediaKind kind() {
        return kind;
    }

    @Override
    public boolean isBound() {
        return binding != null;
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
        for (SfuConsumer consumer : consumers) {
            consumer.close();
        }
        consumers.clear();
        onClose.accept(this);
    }
}
