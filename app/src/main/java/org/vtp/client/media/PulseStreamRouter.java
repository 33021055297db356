package org.vtp.client.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Moves this process's PulseAudio streams to a named sink or source with {@code pactl}.
 *
 * <p>Why: webrtc-java 0.14.0 selects an audio device by matching the Java descriptor against the
 * platform module's device GUID, and libwebrtc's PulseAudio module reports every GUID empty, so on
 * Linux {@code setPlayoutDevice}/{@code setRecordingDevice} always pick the system default. The
 * PulseAudio native protocol lets a client move any stream; {@code pactl} (pulseaudio-utils, also
 * talking to pipewire-pulse) does it for us. Streams are ours when their
 * {@code application.process.id} is this JVM's pid.
 */
final class PulseStreamRouter {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final ObjectMapper json = new ObjectMapper();
    private final long pid;

    PulseStreamRouter(long pid) {
        this.pid = pid;
    }

    /** Moves our playback streams to {@code sink}; throws with the reason when it cannot. */
    void movePlayback(String sink) {
        move("sink-inputs", "move-sink-input", sink);
    }

    /** Moves our recording streams to {@code source}; throws with the reason when it cannot. */
    void moveRecording(String source) {
        move("source-outputs", "move-source-output", source);
    }

    private void move(String list, String command, String device) {
        List<Integer> streams = ownStreams(pactl("-f", "json", "list", list), pid);
        if (streams.isEmpty()) {
            throw new IllegalStateException("no " + list + " of this process to move to " + device);
        }
        for (int stream : streams) {
            pactl(command, Integer.toString(stream), device);
        }
    }

    /** Indexes of the streams in {@code pactl -f json list ...} output that belong to {@code pid}. */
    List<Integer> ownStreams(String listing, long pid) {
        List<Integer> own = new ArrayList<>();
        try {
            for (JsonNode stream : json.readTree(listing)) {
                String owner = stream.path("properties").path("application.process.id").asText("");
                if (owner.equals(Long.toString(pid)) && stream.path("index").isInt()) {
                    own.add(stream.path("index").asInt());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("pactl printed no stream list: " + e.getMessage(), e);
        }
        return own;
    }

    private static String pactl(String... args) {
        List<String> command = new ArrayList<>(List.of("pactl"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pactl did not answer in " + TIMEOUT.toSeconds() + " s");
            }
            String text = new String(output.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("choosing a sound device needs pactl (pulseaudio-utils): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pactl", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("pactl output unreadable", e);
        }
    }
}
