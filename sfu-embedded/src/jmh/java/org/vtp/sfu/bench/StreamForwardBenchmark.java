package org.vtp.sfu.bench;

import java.time.Clock;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.srtp.SrtpSession;
import org.vtp.sfu.stream.InboundBinding;
import org.vtp.sfu.stream.SfuConsumer;
import org.vtp.sfu.stream.SfuProducer;

/**
 * The forward path through the SFU's real stream classes, as {@code SfuTransport} wires them:
 * receive + unprotect, then {@link SfuProducer#onRtp} (receive statistics, keyframe detection)
 * hands the packet to every {@link SfuConsumer} (keyframe gate, copy, strip, rewrite, send
 * statistics, counters), whose transport protects it with the consumer's session. Left out: the
 * socket read and send, and the transport's route lookup by SSRC.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP_MIN, BenchmarkDefaults.HEAP_MAX})
public class StreamForwardBenchmark {

    @State(Scope.Thread)
    public static class Streams {
        @Param({"1", "10", "30"})
        public int consumers;

        SfuProducer producer;
        SfuConsumer[] streams;
        ProtectingSender[] senders;

        @Setup(Level.Trial)
        public void prepare(ForwardState shared) {
            MediaPacket packet = shared.packet;
            MediaKind kind = packet.isVideo() ? MediaKind.VIDEO : MediaKind.AUDIO;
            Codec codec = packet.isVideo() ? Codec.VP8 : Codec.OPUS;
            producer = new SfuProducer("producer", "publisher", kind, 0x0BAD_CAFEL,
                    new ProtectingSender(new SrtpSession(TestKeys.sfuSide(shared.profile, 1))), p -> { });
            producer.bind(new InboundBinding(codec, packet.payloadType(), packet.clockRate(), true, true));
            streams = new SfuConsumer[consumers];
            senders = new ProtectingSender[consumers];
            for (int i = 0; i < consumers; i++) {
                senders[i] = new ProtectingSender(new SrtpSession(TestKeys.sfuSide(shared.profile, 1000 + i)));
                streams[i] = SfuConsumer.attach("consumer-" + i, "subscriber-" + i, producer, 0x5000_0000L + i,
                        senders[i], Clock.systemUTC(), new SplittableRandom(i), c -> { });
                streams[i].bind(Map.of(codec, packet.payloadType()), System.nanoTime());
            }
        }

        /** Every consumer must have sent (protected) every packet but the first few, or the run is void. */
        @TearDown(Level.Trial)
        public void check() {
            long received = producer.stats().packets();
            for (ProtectingSender sender : senders) {
                if (sender.failures > 0 || sender.sent < received - 1) {
                    throw new IllegalStateException("consumer sent " + sender.sent + " of " + received
                            + " packets, " + sender.failures + " protect failures");
                }
                sender.close();
            }
        }
    }

    @Benchmark
    public int forwardThroughStreams(ForwardState shared, Streams streams) {
        int length = shared.publisher.receive(shared.in);
        if (length < 0) {
            shared.failures++;
            return -1;
        }
        streams.producer.onRtp(shared.in, 0, length, System.nanoTime());
        return length;
    }
}
