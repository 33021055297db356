package org.vtp.sfu.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vtp.sfu.rtp.RtpHeaderExtensions;
import org.vtp.sfu.rtp.RtpPacket;
import org.vtp.sfu.srtp.SrtpSession;

/**
 * The two SRTP steps alone. {@code unprotect}: copy the next protected publisher packet into the
 * receive buffer (the socket read) and unprotect it. {@code protect}: copy an already stripped and
 * rewritten packet (the size a consumer sends) into a buffer and protect it with a consumer's
 * session, sequence number advancing by one each call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP_MIN, BenchmarkDefaults.HEAP_MAX})
public class SrtpPartsBenchmark {

    /** A consumer's send side: its session and one plain packet to protect again and again. */
    @State(Scope.Thread)
    public static class SendSide {
        final byte[] template = new byte[1500];
        final byte[] buffer = new byte[1500 + SrtpSession.MAX_OVERHEAD];
        int length;
        int seq;
        SrtpSession session;
        long failures;

        @Setup(Level.Trial)
        public void prepare(ForwardState shared) {
            shared.packet.write(template, 0x5000_0000L, 0, 0, false);
            length = RtpHeaderExtensions.strip(template, 0, shared.packet.length());
            session = new SrtpSession(TestKeys.sfuSide(shared.profile, 1000));
        }

        @TearDown(Level.Trial)
        public void check() {
            if (failures > 0) {
                throw new IllegalStateException(failures + " packets failed to protect");
            }
        }
    }

    @Benchmark
    public int unprotect(ForwardState shared) {
        int length = shared.publisher.receive(shared.in);
        if (length < 0) {
            shared.failures++;
        }
        return length;
    }

    @Benchmark
    public int protect(SendSide send) {
        RtpPacket.setSequenceNumber(send.template, 0, send.seq++);
        System.arraycopy(send.template, 0, send.buffer, 0, send.length);
        int length = send.session.protectRtp(send.buffer, 0, send.length);
        if (length < 0) {
            send.failures++;
        }
        return length;
    }
}
