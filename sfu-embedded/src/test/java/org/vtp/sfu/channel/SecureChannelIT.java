package org.vtp.sfu.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.dtls.DtlsCertificate;
import org.vtp.sfu.ice.MediaPort;
import org.vtp.sfu.srtp.SrtpSession;

/** Whole secure channels back to back in one JVM over 127.0.0.1, all on one SFU port. */
class SecureChannelIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static MediaPort port;
    private static DtlsCertificate sfuCertificate;
    private static DtlsCertificate clientCertificate;
    private static ExecutorService dtlsPool;
    private static ScheduledExecutorService timer;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void startSfuSide() throws IOException {
        long start = System.nanoTime();
        SrtpSession.warmUp();
        port = MediaPort.open(LOOPBACK, 0, List.of(LOOPBACK));
        sfuCertificate = DtlsCertificate.generate(Instant.now());
        clientCertificate = DtlsCertificate.generate(Instant.now());
        dtlsPool = Executors.newFixedThreadPool(4);
        timer = Executors.newSingleThreadScheduledExecutor();
        assertThat(org.vtp.sfu.dtls.DtlsEndpoint.warmUp(sfuCertificate, dtlsPool, Duration.ofSeconds(5))).isTrue();
        System.out.printf("SFU side start (SRTP + ICE warm-up, certificates): %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @AfterAll
    static void stopSfuSide() {
        port.close();
        dtlsPool.shutdownNow();
        timer.shutdownNow();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    /** Records what a server-side channel reports. */
    private static final class Recorder implements SecureChannel.Listener {
        final CompletableFuture<Void> connected = new CompletableFuture<>();
        final CompletableFuture<String> failed = new CompletableFuture<>();
        final List<byte[]> rtp = new CopyOnWriteArrayList<>();
        final List<byte[]> rtcp = new CopyOnWriteArrayList<>();

        @Override
        public void onConnected() {
            connected.complete(null);
        }

        @Override
        public void onFailed(String reason) {
            failed.complete(reason);
        }

        @Override
        public void onRtp(byte[] buf, int off, int len) {
            rtp.add(Arrays.copyOfRange(buf, off, off + len));
        }

        @Override
        public void onRtcp(byte[] buf, int off, int len) {
            rtcp.add(Arrays.copyOfRange(buf, off, off + len));
        }
    }

    private record Leg(SecureChannel channel, Recorder server, TestClient client) {
    }

    private Leg connect(String fingerprintTheServerExpects) throws IOException {
        return connect(fingerprintTheServerExpects, false);
    }

    /** @param trickle send the client's candidate after connect() instead of in it */
    private Leg connect(String fingerprintTheServerExpects, boolean trickle) throws IOException {
        Recorder recorder = new Recorder();
        var settings = new ChannelSettings(sfuCertificate, dtlsPool, timer, Duration.ofSeconds(8), System::nanoTime);
        SecureChannel channel = SecureChannel.open(port, settings, recorder);
        TestClient client = new TestClient(clientCertificate, sfuCertificate.fingerprint(), dtlsPool);
        toClose.add(client);
        toClose.add(channel);
        channel.connect(client.ufrag(), client.password(), trickle ? List.of() : List.of(client.candidate()),
                fingerprintTheServerExpects);
        client.connect(channel.localUfrag(), channel.localPassword(), channel.localCandidates().get(0));
        if (trickle) {
            assertThat(channel.addRemoteCandidate("a=" + client.candidate())).isTrue();
            assertThat(channel.addRemoteCandidate(
                    "a=candidate:9 1 udp 2122260223 4f1d2c3e-0000-4000-8000-0123456789ab.local 5000 typ host")).isFalse();
        }
        return new Leg(channel, recorder, client);
    }

    private static void awaitConnected(Leg leg) throws Exception {
        leg.server().connected.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        leg.client().keys.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        ChannelStats stats = leg.channel().stats();
        System.out.printf("loopback: server ICE connected %d ms, DTLS done %d ms after connect(); "
                        + "client ICE %.1f ms, DTLS %.1f ms after its start%n",
                stats.iceMillis(), stats.dtlsMillis(),
                (leg.client().iceNanos - leg.client().startNanos) / 1e6,
                (leg.client().dtlsNanos - leg.client().startNanos) / 1e6);
    }

    /** RTP (RFC 3550 §5.1), PT 111, with a payload naming the sender. */
    private static byte[] rtp(int ssrc, int seq, String payload) {
        byte[] text = payload.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] p = new byte[12 + text.length];
        p[0] = (byte) 0x80;
        p[1] = 111;
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        p[8] = (byte) (ssrc >> 24);
        p[9] = (byte) (ssrc >> 16);
        p[10] = (byte) (ssrc >> 8);
        p[11] = (byte) ssrc;
        System.arraycopy(text, 0, p, 12, text.length);
        return p;
    }

    /** An RTCP PLI (RFC 4585 §6.3.1): PT 206, FMT 1. */
    private static byte[] pli(int senderSsrc, int mediaSsrc) {
        byte[] p = new byte[12];
        p[0] = (byte) 0x81;
        p[1] = (byte) 206;
        p[3] = 2;
        p[4] = (byte) (senderSsrc >> 24);
        p[7] = (byte) senderSsrc;
        p[8] = (byte) (mediaSsrc >> 24);
        p[11] = (byte) mediaSsrc;
        return p;
    }

    private static boolean sendFromSfu(SecureChannel channel, byte[] packet, boolean rtcp) {
        byte[] buf = Arrays.copyOf(packet, packet.length + SecureChannel.SEND_OVERHEAD);
        return rtcp ? channel.sendRtcp(buf, 0, packet.length) : channel.sendRtp(buf, 0, packet.length);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for " + what).isNegative();
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** An action that may fail with I/O, repeated by {@link #awaitWhileDoing}. */
    private interface Step {
        void run() throws IOException;
    }

    private static void awaitWhileDoing(BooleanSupplier condition, Step step, String what) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for " + what).isNegative();
            step.run();
            LockSupport.parkNanos(5_000_000);
        }
    }

    private static String payloadOf(byte[] rtp) {
        return new String(rtp, 12, rtp.length - 12, java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void twoClientsOnTheSamePortEachExchangeSrtpBothWays() throws Exception {
        Leg alice = connect(clientCertificate.fingerprint());
        Leg bob = connect(clientCertificate.fingerprint(), true);
        awaitConnected(alice);
        awaitConnected(bob);
        assertThat(alice.channel().localUfrag()).isNotEqualTo(bob.channel().localUfrag());

        for (int seq = 0; seq < 10; seq++) {
            alice.client().sendRtp(rtp(0xA11CE, seq, "from alice " + seq));
            bob.client().sendRtp(rtp(0xB0B, seq, "from bob " + seq));
        }
        alice.client().sendRtcp(pli(0xA11CE, 0x1234));
        bob.client().sendRtcp(pli(0xB0B, 0x1234));
        for (int seq = 0; seq < 10; seq++) {
            assertThat(sendFromSfu(alice.channel(), rtp(0x5F0, seq, "to alice " + seq), false)).isTrue();
            assertThat(sendFromSfu(bob.channel(), rtp(0x5F0, seq, "to bob " + seq), false)).isTrue();
        }
        assertThat(sendFromSfu(alice.channel(), pli(0x5F0, 0xA11CE), true)).isTrue();
        assertThat(sendFromSfu(bob.channel(), pli(0x5F0, 0xB0B), true)).isTrue();

        for (Leg leg : List.of(alice, bob)) {
            await(() -> leg.server().rtp.size() == 10 && leg.server().rtcp.size() == 1, "server-side media");
            await(() -> leg.client().rtpReceived.size() == 10 && leg.client().rtcpReceived.size() == 1,
                    "client-side media");
        }
        assertThat(alice.server().rtp).map(SecureChannelIT::payloadOf).allMatch(s -> s.startsWith("from alice"));
        assertThat(bob.server().rtp).map(SecureChannelIT::payloadOf).allMatch(s -> s.startsWith("from bob"));
        assertThat(alice.client().rtpReceived).map(SecureChannelIT::payloadOf).allMatch(s -> s.startsWith("to alice"));
        assertThat(bob.client().rtpReceived).map(SecureChannelIT::payloadOf).allMatch(s -> s.startsWith("to bob"));
        assertThat(alice.server().rtcp.get(0)).isEqualTo(pli(0xA11CE, 0x1234));
        assertThat(bob.client().rtcpReceived.get(0)).isEqualTo(pli(0x5F0, 0xB0B));
        assertThat(alice.channel().stats().authFailures()).isZero();
    }

    @Test
    void hostileDatagramsBeforeAndDuringASessionDoNotBreakThePort() throws Exception {
        InetSocketAddress sfu = new InetSocketAddress(LOOPBACK, port.port());
        try (DatagramSocket attacker = new DatagramSocket(0, LOOPBACK)) {
            throwHostileDatagrams(attacker, sfu, "nobody", 1);
            Leg leg = connect(clientCertificate.fingerprint());
            throwHostileDatagrams(attacker, sfu, leg.channel().localUfrag(), 2);
            awaitConnected(leg);
            throwHostileDatagrams(attacker, sfu, leg.channel().localUfrag(), 3);
            Random random = new Random(4);
            for (int i = 0; i < 50; i++) {
                byte[] junk = new byte[1 + random.nextInt(1400)];
                random.nextBytes(junk);
                junk[0] = (byte) (i % 3 == 0 ? 0x80 : i % 3 == 1 ? 23 : 100);
                leg.client().sendRaw(junk, 0, junk.length);
            }
            // The bursts may overflow the loopback socket buffer: keep sending fresh packets until
            // five got through each way (bounded), which is what "the session survived" means.
            int[] seq = {0, 0};
            awaitWhileDoing(() -> leg.server().rtp.size() >= 5,
                    () -> leg.client().sendRtp(rtp(0xC0FFEE, seq[0]++, "still alive")), "media to the SFU");
            awaitWhileDoing(() -> leg.client().rtpReceived.size() >= 5,
                    () -> sendFromSfu(leg.channel(), rtp(0x5F0, seq[1]++, "still here"), false), "media from the SFU");
            ChannelStats stats = leg.channel().stats();
            System.out.println("after hostile input: " + stats);
            assertThat(stats.authFailures()).isPositive();
            assertThat(stats.dropped()).isPositive();
            assertThat(leg.server().failed).isNotDone();
        }
    }

    private static void throwHostileDatagrams(DatagramSocket attacker, InetSocketAddress to, String ufrag, long seed)
            throws IOException {
        Random random = new Random(seed);
        List<byte[]> hostile = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            byte[] junk = new byte[1 + random.nextInt(1400)];
            random.nextBytes(junk);
            hostile.add(junk);
        }
        byte[] stun = bindingRequest(ufrag + ":evil");
        for (int cut = 1; cut < stun.length; cut += 7) {
            hostile.add(Arrays.copyOf(stun, cut));
        }
        hostile.add(stun);
        byte[] dtls = new byte[200];
        random.nextBytes(dtls);
        dtls[0] = 22;
        dtls[1] = (byte) 0xFE;
        dtls[2] = (byte) 0xFD;
        hostile.add(dtls);
        hostile.add(new byte[60_000]);
        hostile.add(new byte[0]);
        for (byte[] datagram : hostile) {
            attacker.send(new DatagramPacket(datagram, datagram.length, to));
        }
    }

    /** A STUN Binding request (RFC 8489 §5) with only a USERNAME attribute and no integrity. */
    private static byte[] bindingRequest(String username) {
        byte[] name = username.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int padded = (name.length + 3) & ~3;
        byte[] m = new byte[20 + 4 + padded];
        m[1] = 0x01;
        m[3] = (byte) (4 + padded);
        m[4] = 0x21;
        m[5] = 0x12;
        m[6] = (byte) 0xA4;
        m[7] = 0x42;
        new Random(9).nextBytes(Arrays.copyOfRange(m, 8, 20));
        m[21] = 0x06;
        m[23] = (byte) name.length;
        System.arraycopy(name, 0, m, 24, name.length);
        return m;
    }

    @Test
    void aClientWhoseCertificateDoesNotMatchTheOfferedFingerprintFails() throws Exception {
        DtlsCertificate other = DtlsCertificate.generate(Instant.now());
        Leg leg = connect(other.fingerprint());
        String reason = leg.server().failed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        System.out.println("wrong fingerprint refused: " + reason);
        assertThat(reason).contains("DTLS");
        assertThat(leg.server().connected).isNotDone();
        assertThat(leg.client().keys).failsWithin(WAIT);
        assertThat(sendFromSfu(leg.channel(), rtp(1, 1, "never"), false)).isFalse();
    }
}
