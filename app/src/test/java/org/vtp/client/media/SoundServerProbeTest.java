package org.vtp.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoundServerProbeTest {
    @TempDir
    Path dir;

    private SoundServerProbe probe(Map<String, String> env, String os) {
        return new SoundServerProbe(env, os, dir.resolve("home"), Optional.of(1000L), dir.resolve("etc-client.conf"),
                dir.resolve("system/native"));
    }

    private SoundServerProbe linux(Map<String, String> env) {
        return probe(env, "Linux");
    }

    /** A listening unix socket, as a sound server's native protocol module opens it. */
    private ServerSocketChannel listen(Path socket) throws IOException {
        Files.createDirectories(socket.getParent());
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return server;
    }

    @Test
    void pulseServerWinsOverEverythingElseAndItsListIsKeptInOrderWithoutMachineIds() {
        SoundServerProbe probe = linux(Map.of("PULSE_SERVER", " {abc123}unix:/a/native  tcp:host:4000 ",
                "XDG_RUNTIME_DIR", "/run/user/7"));

        assertThat(probe.candidates()).containsExactly("unix:/a/native", "tcp:host:4000");
    }

    @Test
    void withoutPulseServerTheUserSocketComesFromTheRuntimeDirThenTheSystemSocket() {
        assertThat(linux(Map.of("XDG_RUNTIME_DIR", "/run/user/7")).candidates())
                .containsExactly("unix:/run/user/7/pulse/native", "unix:" + dir.resolve("system/native"));
        assertThat(linux(Map.of("PULSE_RUNTIME_PATH", "/custom", "XDG_RUNTIME_DIR", "/run/user/7")).candidates())
                .first().isEqualTo("unix:/custom/native");
        assertThat(linux(Map.of()).candidates()).first().isEqualTo("unix:/run/user/1000/pulse/native");
    }

    @Test
    void theClientConfigDefaultServerIsUsedWhenNoVariableNamesAServer() throws IOException {
        Path conf = dir.resolve("home/.config/pulse/client.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "; comment\n# default-server = wrong\n  default-server = unix:/from/conf # why\n");

        assertThat(linux(Map.of()).candidates()).containsExactly("unix:/from/conf");
        assertThat(linux(Map.of("PULSE_SERVER", "unix:/env")).candidates()).containsExactly("unix:/env");
    }

    @Test
    void onlyTheFirstClientConfigThatExistsIsRead() throws IOException {
        Files.writeString(dir.resolve("etc-client.conf"), "default-server = unix:/system\n");
        Path user = dir.resolve("xdg/pulse/client.conf");
        Files.createDirectories(user.getParent());
        Files.writeString(user, "autospawn = no\n");

        assertThat(linux(Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString(), "XDG_RUNTIME_DIR", "/r")).candidates())
                .first().isEqualTo("unix:/r/pulse/native");
        assertThat(linux(Map.of("XDG_RUNTIME_DIR", "/r")).candidates()).containsExactly("unix:/system");
    }

    @Test
    void aListeningSocketIsReachableAndAMissingOrDeadOneIsNot() throws IOException {
        Path socket = dir.resolve("rt/pulse/native");
        Map<String, String> env = new HashMap<>(Map.of("XDG_RUNTIME_DIR", dir.resolve("rt").toString()));
        assertThat(linux(env).reachableServer()).isEmpty();
        assertThat(linux(env).platformAudioUsable()).isFalse();

        try (ServerSocketChannel server = listen(socket)) {
            assertThat(linux(env).reachableServer()).contains("unix:" + socket);
            assertThat(linux(env).platformAudioUsable()).isTrue();
        }
        assertThat(Files.exists(socket)).isTrue();
        assertThat(linux(env).platformAudioUsable()).as("a stale socket file of a dead server").isFalse();
    }

    @Test
    void theFirstAnsweringServerOfTheListIsTaken() throws IOException {
        Path alive = dir.resolve("alive/native");
        try (ServerSocketChannel server = listen(alive)) {
            SoundServerProbe probe = linux(Map.of("PULSE_SERVER", "unix:" + dir.resolve("dead") + " " + alive));

            assertThat(probe.reachableServer()).contains(alive.toString());
        }
    }

    @Test
    void aTcpServerOnLoopbackIsProbedByConnecting() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();

            assertThat(linux(Map.of("PULSE_SERVER", "tcp:127.0.0.1:" + port)).platformAudioUsable()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"Windows 11", "Mac OS X"})
    void otherSystemsNeedNoSoundServer(String os) {
        assertThat(probe(Map.of("PULSE_SERVER", "unix:" + dir.resolve("none")), os).platformAudioUsable()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"tcp:host:4000, host, 4000", "host, host, 4713", "tcp6:[::1]:99, ::1, 99", "tcp4:10.0.0.1, 10.0.0.1, 4713",
        "[fe80::1], fe80::1, 4713"})
    void tcpServerStringsNameHostAndPort(String server, String host, int port) {
        InetSocketAddress address = SoundServerProbe.tcpAddress(server);

        assertThat(address.getHostString()).isEqualTo(host);
        assertThat(address.getPort()).isEqualTo(port);
    }

    @ParameterizedTest
    @CsvSource({"'tcp:'", "'host:notaport'", "'tcp:host:99999'"})
    void garbageServerStringsAreRejectedNotReachable(String server) {
        assertThatThrownBy(() -> SoundServerProbe.tcpAddress(server)).isInstanceOf(IllegalArgumentException.class);
        assertThat(linux(Map.of("PULSE_SERVER", server)).reachableServer()).isEmpty();
    }
}
