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

/**
 * The forward path assembled from the SFU's parts: one publisher packet received and unprotected,
 * then for each consumer copied, stripped, rewritten and protected with the consumer's session.
 * One operation = one incoming packet, whatever the number of consumers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchmarkDefaults.HEAP_MIN, BenchmarkDefaults.HEAP_MAX})
public class ForwardBenchmark {

    @State(Scope.Thread)
    public static class OneConsumer {
        ConsumerLeg leg;

        @Setup(Level.Trial)
        public void prepare(ForwardState shared) {
            leg = new ConsumerLeg(shared.packet, shared.profile, 0);
        }

        @TearDown(Level.Trial)
        public void close() {
            leg.close();
        }
    }

    @State(Scope.Thread)
    public static class Consumers {
        @Param({"1", "10", "30"})
        public int consumers;

        ConsumerLeg[] legs;

        @Setup(Level.Trial)
        public void prepare(ForwardState shared) {
            legs = new ConsumerLeg[consumers];
            for (int i = 0; i < consumers; i++) {
                legs[i] = new ConsumerLeg(shared.packet, shared.profile, i);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            for (ConsumerLeg leg : legs) {
                leg.close();
            }
        }
    }

    @Benchmark
    public int forwardOneConsumer(ForwardState shared, OneConsumer one) {
        int length = shared.publisher.receive(shared.in);
        int sent = length < 0 ? -1 : one.leg.forward(shared.in, length, shared.tick());
        if (sent < 0) {
            shared.failures++;
        }
        return sent;
    }

    @Benchmark
    public int forwardToConsumers(ForwardState shared, Consumers consumers) {
        int length = shared.publisher.receive(shared.in);
        if (length < 0) {
            shared.failures++;
            return -1;
        }
        long now = shared.tick();
        int total = 0;
        for (ConsumerLeg leg : consumers.legs) {
            int sent = leg.forward(shared.in, length, now);
            if (sent < 0) {
                shared.failures++;
            }
            total += sent;
        }
        return total;
    }
}
