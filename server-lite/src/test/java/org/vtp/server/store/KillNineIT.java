package org.vtp.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.server.testing.RestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.auth.SigningKeyFile;
import org.vtp.server.testing.RestClient;

/**
 * The real server in its own JVM ({@code java -jar target/vtp-server.jar}, or the test classpath
 * when the jar is not built), killed with SIGKILL right after writes: a restart on the same data
 * directory still has every committed account, room and refresh-token rotation.
 */
class KillNineIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern LOCAL = Pattern.compile("VTP server ready: (http://127\\.0\\.0\\.1:\\d+/)");
    private static final Pattern SETUP = Pattern.compile("first admin \\(link works once\\): (\\S+)");

    @TempDir
    Path dataDir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void committedDataSurvivesKillNine() throws Exception {
        Server first = start();
        RestClient api = new RestClient(first.base());
        String setupToken = URI.create(first.setupLink()).getFragment().substring("token=".length());
        assertThat(api.post("/api/v1/setup", json("token", setupToken, "email", "root@example.org",
                "displayName", "Root", "password", PASSWORD), null).status()).isEqualTo(201);
        String admin = login(api, "root@example.org").get("accessToken").asText();
        assertThat(api.post("/api/v1/admin/users", json("email", "tess@example.org", "displayName", "Tess",
                "password", PASSWORD, "role", "teacher"), admin).status()).isEqualTo(201);
        JsonNode teacher = login(api, "tess@example.org");
        JsonNode room = api.post("/api/v1/rooms", json("name", "Physics"), teacher.get("accessToken").asText()).body();
        String rotated = api.post("/api/v1/auth/refresh", json("refreshToken", teacher.get("refreshToken").asText()),
                null).body().get("refreshToken").asText();

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Server second = start();
        api = new RestClient(second.base());
        assertThat(second.setupLink()).as("users exist: no setup link").isNull();
        JsonNode again = login(api, "tess@example.org");
        assertThat(again.at("/user/role").asText()).isEqualTo("teacher");
        JsonNode rooms = api.get("/api/v1/rooms", again.get("accessToken").asText()).body().get("rooms");
        assertThat(rooms.findValuesAsText("code")).containsExactly(room.get("code").asText());
        assertThat(api.post("/api/v1/auth/refresh", json("refreshToken", teacher.get("refreshToken").asText()), null)
                .status()).as("the rotation was persisted: the old token is a reuse").isEqualTo(401);
        assertThat(api.get("/api/v1/auth/profile", admin).status()).as("the signing key persisted").isEqualTo(200);
        assertThat(Files.exists(dataDir.resolve(SigningKeyFile.FILE_NAME))).isTrue();
        assertThat(rotated).isNotBlank();
        second.process().destroy();
        assertThat(second.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    private JsonNode login(RestClient api, String email) throws Exception {
        RestClient.Answer answer = api.post("/api/v1/auth/login", json("email", email, "password", PASSWORD), null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private record Server(Process process, URI base, String setupLink) {
    }

    /** Starts the server and reads its ready lines (and the setup link, if printed). */
    private Server start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Dice4j.harvest.mapping.aws.enabled=false",
                "-Dice4j.harvest.mapping.stun.enabled=false"));
        Path jar = Path.of("target", "vtp-server.jar");
        if (Files.exists(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.vtp.server.VtpServerMain"));
        }
        command.addAll(List.of("--port", "0", "--media-port", "0", "--bind", "127.0.0.1", "--public-address",
                "127.0.0.1", "--data-dir", dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(process, lines), "child-stdout");
        reader.setDaemon(true);
        reader.start();
        URI base = null;
        String setup = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                assertThat(process.isAlive()).as("server process exited early").isTrue();
                continue;
            }
            Matcher local = LOCAL.matcher(line);
            Matcher link = SETUP.matcher(line);
            if (local.find()) {
                base = URI.create(local.group(1));
            } else if (link.find()) {
                setup = link.group(1);
            }
            // The setup line, when there is one, follows the ready lines at once.
            if (base != null && (setup != null || lines.isEmpty() && local.matches())) {
                String next = lines.poll(2, TimeUnit.SECONDS);
                if (next != null && SETUP.matcher(next).find()) {
                    Matcher m = SETUP.matcher(next);
                    m.find();
                    setup = m.group(1);
                }
                return new Server(process, base, setup);
            }
        }
        throw new AssertionError("server did not print its ready line in time");
    }

    private static void pump(Process process, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // The process was killed: its output ends.
        }
    }
}
