package org.vtp.sfu.bench;

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
import org.vtp.sfu.rtp.RtpPacket;
import org.vtp.sfu.srtp.SrtpProfile;

/**
 * One consumer's plain work: copy the publisher's decrypted packet into the consumer's buffer,
 * strip the header extension block, rewrite SSRC, sequence number, timestamp and payload type.
 * The input's sequence number and timestamp advance every call, as a live stream's do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP_MIN, BenchmarkDefaults.HEAP_MAX})
public class StripRewriteBenchmark {

    @State(Scope.Thread)
    public static class Plain {
        @Param({"VP8_1200", "OPUS_100"})
        public MediaPacket packet;

        final byte[] in = new byte[1500];
        ConsumerLeg leg;
        int length;
        long index;
        long nowNanos;
        long drops;

        @Setup(Level.Trial)
        public void prepare() {
            length = packet.write(in, ForwardState.PUBLISHER_SSRC, 0, 0, false);
            leg = new ConsumerLeg(packet, SrtpProfile.AEAD_AES_128_GCM, 0);
        }

        @TearDown(Level.Trial)
        public void check() {
            leg.close();
            if (drops > 0) {
                throw new IllegalStateException(drops + " packets dropped by strip/rewrite");
            }
        }
    }

    @Benchmark
    public int stripAndRewrite(Plain plain) {
        long index = ++plain.index;
        RtpPacket.setSequenceNumber(plain.in, 0, (int) index);
        RtpPacket.setTimestamp(plain.in, 0, plain.packet.timestampOf(index));
        int length = plain.leg.stripAndRewrite(plain.in, plain.length, plain.nowNanos += 1_000_000L);
        if (length < 0) {
            plain.drops++;
        }
        return length;
    }
}
