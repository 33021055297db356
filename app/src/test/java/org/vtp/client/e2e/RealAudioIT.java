package org.vtp.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.app.ui.service.CallModel;
import org.vtp.app.ui.service.DeviceInfo;
import org.vtp.app.ui.service.JoinRequest;
import org.vtp.app.ui.service.JoinTarget;
import org.vtp.app.ui.service.MediaChoice;
import org.vtp.app.ui.webrtc.WebRtcCallService;
import org.vtp.app.ui.webrtc.WebRtcDeviceCatalog;
import org.vtp.client.call.CallOptions;
import org.vtp.client.ice.NetworkMode;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.e2e.browser.BrowserPage;
import org.vtp.server.e2e.browser.Engine;
import org.vtp.server.e2e.browser.InboundStats;
import org.vtp.sfu.Sfu;

/**
 * The app on real sound devices, against a private PulseAudio ({@link PrivatePulse}): it lists the
 * daemon's sine source and null sinks by name, sends the sine source as its microphone through a
 * real server and SFU on loopback to headless Chromium (whose own receive statistics show the audio
 * level), plays Chromium's tone to the chosen null sink (its monitor is recorded and measured), and
 * moves playout to a second sink and capture to a second source during the call.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class RealAudioIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration WINDOW = Duration.ofMillis(1500);
    /** RMS of a tone after Opus and mixing is ~0.05-0.3 full scale; a null sink's silence is exactly 0. */
    private static final double AUDIBLE = 0.01;
    private static final double SILENT = 0.001;

    @TempDir
    Path dir;

    private PrivatePulse pulse;
    private Sfu sfu;
    private VtpServer server;
    private BrowserPage page;
    private WebRtcCallService service;
    private CallModel call;

    @Test
    void theAppsMicrophoneReachesChromiumAndChromiumsToneIsPlayedToTheChosenSpeakerAlsoAfterSwitching()
            throws Exception {
        pulse = PrivatePulse.start(Files.createDirectories(dir.resolve("pulse-home")));
        WebRtcDeviceCatalog catalog = new WebRtcDeviceCatalog();
        List<DeviceInfo> microphones = catalog.microphones().get(10, TimeUnit.SECONDS);
        List<DeviceInfo> speakers = catalog.speakers().get(10, TimeUnit.SECONDS);
        assertThat(microphones).extracting(DeviceInfo::name).contains("Sine source at 440 Hz", "Sine source at 880 Hz",
                DeviceInfo.testTone().name());
        assertThat(speakers).extracting(DeviceInfo::name).contains("VTP_Speaker", "VTP_Speaker_2");
        String mic = byName(microphones, "Sine source at 440 Hz");
        String speaker = byName(speakers, "VTP_Speaker");

        ServerConfig config = ServerConfig.loopback(dir.resolve("server"));
        sfu = Sfu.start(config.sfuConfig());
        server = VtpServer.startSecured(config, sfu);
        String code = server.openHostedClass("Audio class").code();
        String link = server.localUri().resolve("/join/" + code).toString();
        // Chromium only: it can send a given WAV file as its microphone, which this test listens for.
        page = Engine.CHROMIUM.launch("real-audio", Engine.LaunchOptions.DEFAULT.withChromiumFlags(
                List.of("--use-file-for-fake-audio-capture=" + tone(dir.resolve("tone.wav")))));
        page.open(link + "?name=Ann&media=audio");
        Await.until(WAIT, "the page joined", () -> page.peerId() != null);

        service = new WebRtcCallService(new CallOptions(NetworkMode.LOOPBACK, true, Duration.ofSeconds(10)));
        long joinStart = System.nanoTime();
        call = service.join(new JoinRequest(JoinTarget.fromLink(link).orElseThrow(), "App",
                new MediaChoice(Optional.empty(), Optional.of(mic), Optional.of(speaker)))).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(call.soundDeviceAvailable()).isTrue();
        assertThat(call.sendsAudio()).isTrue();

        Await.until(WAIT, "Chromium hears the app's microphone", () -> appAudioLevel() > 0);
        long firstAudioMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - joinStart);
        double first = awaitRms(PrivatePulse.SPEAKER, "Chromium's tone on the chosen speaker");
        assertThat(pulse.rms(PrivatePulse.SPEAKER_2, WINDOW)).as("the other speaker").isLessThan(SILENT);

        call.switchSpeaker(byName(speakers, "VTP_Speaker_2")).get(10, TimeUnit.SECONDS);
        double second = awaitRms(PrivatePulse.SPEAKER_2, "Chromium's tone on the second speaker after switching");
        assertThat(pulse.rms(PrivatePulse.SPEAKER, WINDOW)).as("the first speaker after switching").isLessThan(SILENT);

        call.switchMicrophone(byName(microphones, "Sine source at 880 Hz")).get(10, TimeUnit.SECONDS);
        Await.growing(WAIT, "Chromium's audio samples after switching the microphone",
                () -> page.inbound(appPeer(), "audio").totalSamplesReceived());
        Await.until(WAIT, "Chromium hears the second microphone", () -> appAudioLevel() > 0);
        System.out.printf("[e2e] real audio: join -> Chromium hears the app's mic %d ms; speaker RMS %.3f, "
                + "second speaker RMS %.3f (silence < %.3f)%n", firstAudioMillis, first, second, SILENT);
    }

    private static String byName(List<DeviceInfo> devices, String name) {
        return devices.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The page's only inbound audio is the app's. */
    private String appPeer() {
        return page.inboundStats().stream().filter(r -> r.kind().equals("audio")).map(InboundStats::peerId)
                .findFirst().orElse("");
    }

    private double appAudioLevel() {
        return page.inboundStats().stream().filter(r -> r.kind().equals("audio"))
                .mapToDouble(InboundStats::audioLevel).max().orElse(0);
    }

    /** Records windows of the sink's monitor until one is audible (bounded); returns its RMS. */
    private double awaitRms(String sink, String description) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        double rms = 0;
        while (System.nanoTime() < deadline) {
            rms = pulse.rms(sink, WINDOW);
            if (rms > AUDIBLE) {
                return rms;
            }
        }
        throw new AssertionError(description + ": RMS stayed at " + rms + " for " + WAIT.toSeconds() + " s; playing: "
                + pulse.run("pactl", "list", "sink-inputs") + "; page: " + page.js(
                        "return JSON.stringify([...window.vtp.consumers.values()].map(c => [c.kind, c.peerId]))"));
    }

    /** 5 s of a 660 Hz tone at half scale, 48 kHz mono 16-bit PCM WAV (Chromium loops it). */
    private static Path tone(Path file) throws IOException {
        int rate = 48_000;
        int samples = rate * 5;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * 660 * i / rate)));
        }
        return Files.write(file, wav.array());
    }

    /** The call (peer connection, then sources, then engine), the browser, the server, the SFU, the daemon. */
    @AfterEach
    void closeInOrder() throws Exception {
        if (call != null) {
            call.leave().get(20, TimeUnit.SECONDS);
        }
        Teardown.closeInOrder(service, page, server, sfu, pulse);
    }
}
