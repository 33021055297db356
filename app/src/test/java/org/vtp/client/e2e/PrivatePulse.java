package org.vtp.client.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.vtp.client.media.SoundServerProbe;

/**
 * A private PulseAudio daemon for one test class, on the socket named by this JVM's
 * {@code PULSE_SERVER} (libpulse inside webrtc-java reads only the environment, which the failsafe
 * configuration sets): a sine source as microphone, two null sinks as speakers whose monitors
 * {@link #rms} records, and a first "elsewhere" sink that is the default output, so a browser in the
 * test plays there and never into the speakers under test. Runs with a throw-away HOME and runtime
 * directory, anonymous auth, no idle exit; {@link #close()} stops it with bounded waits.
 */
final class PrivatePulse implements AutoCloseable {
    static final String MIC = "vtp_mic";
    static final String SPEAKER = "vtp_speaker";
    static final String SPEAKER_2 = "vtp_speaker2";
    private static final Duration START = Duration.ofSeconds(10);
    private static final int RATE = 48_000;

    private final Process daemon;
    private final Path socket;
    private final Map<String, String> env;

    private PrivatePulse(Process daemon, Path socket, Map<String, String> env) {
        this.daemon = daemon;
        this.socket = socket;
        this.env = env;
    }

    /** Starts the daemon on {@code PULSE_SERVER}'s socket; fails with the fix when it cannot. */
    static PrivatePulse start(Path home) throws Exception {
        String server = System.getenv("PULSE_SERVER");
        if (server == null || !server.startsWith("unix:")) {
            throw new IllegalStateException("PULSE_SERVER must name a unix socket (set by app/pom.xml for failsafe); got "
                    + server);
        }
        if (!onPath("pulseaudio") || !onPath("parec") || !onPath("pactl")) {
            throw new IllegalStateException("pulseaudio and pulseaudio-utils are missing: run bin/install-test-deps");
        }
        Path socket = Path.of(server.substring(5));
        Files.createDirectories(socket.getParent());
        Files.deleteIfExists(socket);
        Path runtime = Files.createDirectories(home.resolve("runtime"));
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_RUNTIME_DIR", runtime.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "PULSE_SERVER", server);
        List<String> command = new ArrayList<>(List.of("pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                "--disallow-exit", "--use-pid-file=no", "--disable-shm=yes", "--log-target=stderr",
                "--log-level=error",
                "-L", "module-native-protocol-unix socket=" + socket + " auth-anonymous=1",
                "-L", "module-null-sink sink_name=vtp_elsewhere sink_properties=device.description=VTP_Elsewhere",
                "-L", "module-null-sink sink_name=" + SPEAKER + " sink_properties=device.description=VTP_Speaker",
                "-L", "module-null-sink sink_name=" + SPEAKER_2 + " sink_properties=device.description=VTP_Speaker_2",
                "-L", "module-sine-source source_name=" + MIC + " frequency=440",
                "-L", "module-sine-source source_name=vtp_mic2 frequency=880"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("pulseaudio.log").toFile());
        builder.environment().putAll(env);
        PrivatePulse pulse = new PrivatePulse(builder.start(), socket, env);
        try {
            pulse.awaitReady();
            pulse.run("pactl", "set-default-sink", "vtp_elsewhere");
            return pulse;
        } catch (Exception | Error e) {
            pulse.close();
            throw new IllegalStateException("the private PulseAudio did not start; see " + home.resolve("pulseaudio.log"), e);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private void awaitReady() {
        SoundServerProbe probe = new SoundServerProbe(Map.of("PULSE_SERVER", "unix:" + socket), "Linux", Path.of("/"),
                java.util.Optional.empty(), Path.of("/nonexistent"), Path.of("/nonexistent"));
        Await.until(START, "the private PulseAudio answers on " + socket,
                () -> !daemon.isAlive() || probe.reachableServer().isPresent());
        if (!daemon.isAlive()) {
            throw new IllegalStateException("pulseaudio exited with " + daemon.exitValue());
        }
    }

    /** Runs a pulseaudio-utils command against this daemon, waiting at most 10 s. */
    String run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 s");
        }
        String text = new String(output.get(5, TimeUnit.SECONDS));
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + text);
        }
        return text;
    }

    /**
     * Records {@code duration} of the sink's monitor (mono, 16 bit, 48 kHz) and returns the RMS in
     * full-scale units (0 = digital silence, a full-scale sine ≈ 0.707).
     */
    double rms(String sink, Duration duration) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("parec", "-d", sink + ".monitor", "--raw", "--format=s16le",
                "--rate=" + RATE, "--channels=1", "--latency-msec=20");
        builder.environment().putAll(env);
        Process parec = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int bytes = (int) (duration.toMillis() * RATE / 1000 * 2);
        try {
            byte[] pcm = CompletableFuture.supplyAsync(() -> readN(parec.getInputStream(), bytes))
                    .get(duration.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            return rms(pcm);
        } finally {
            parec.destroy();
            if (!parec.waitFor(5, TimeUnit.SECONDS)) {
                parec.destroyForcibly();
            }
        }
    }

    static double rms(byte[] pcm) {
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int count = pcm.length / 2;
        for (int i = 0; i < count; i++) {
            double sample = samples.getShort() / 32768.0;
            sum += sample * sample;
        }
        return count == 0 ? 0 : Math.sqrt(sum / count);
    }

    private static byte[] readN(InputStream in, int bytes) {
        try {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, 5 s, then SIGKILL; removes the socket so later forks find no server. */
    @Override
    public void close() throws Exception {
        daemon.destroy();
        if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
            daemon.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(socket);
    }
}
