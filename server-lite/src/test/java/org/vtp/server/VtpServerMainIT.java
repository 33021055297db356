package org.vtp.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtp.server.fake.FakeRouterFactory;
import picocli.CommandLine;

/** The command in-process with a fake SFU: start, print the link, serve, stop. */
class VtpServerMainIT {

    @TempDir
    Path temp;

    @Test
    void startsCreatesTheDataDirPrintsTheJoinLinkAndServes() throws Exception {
        StringWriter out = new StringWriter();
        VtpServerMain main = new VtpServerMain(config -> new FakeRouterFactory(), new PrintWriter(out));
        Path dataDir = temp.resolve("data");

        int code = new CommandLine(main).execute("--port", "0", "--media-port", "0", "--bind", "127.0.0.1",
                "--public-address", "127.0.0.1", "--data-dir", dataDir.toString());

        try (VtpServerMain.Running running = main.running()) {
            assertThat(code).isZero();
            int port = running.server().httpPort();
            assertThat(out.toString())
                    .contains("VTP server ready: http://127.0.0.1:" + port + "/")
                    .contains("No accounts yet. Create the first admin (link works once): http://127.0.0.1:" + port
                            + "/setup#token=");
            assertThat(Files.isDirectory(dataDir)).isTrue();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void hostingAClassOpensItForGuestsAndKeepsItsLinkAcrossRestarts() throws Exception {
        String[] args = {"--port", "0", "--media-port", "0", "--bind", "127.0.0.1", "--public-address", "127.0.0.1",
                "--data-dir", temp.resolve("host").toString(), "--host-class", "Physics 7B"};
        String firstLink = hostedLink(args);
        String secondLink = hostedLink(args);

        assertThat(firstLink).matches("join/[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}");
        assertThat(secondLink).isEqualTo(firstLink);
    }

    private String hostedLink(String[] args) throws Exception {
        StringWriter out = new StringWriter();
        VtpServerMain main = new VtpServerMain(config -> new FakeRouterFactory(), new PrintWriter(out));
        int code = new CommandLine(main).execute(args);
        try (VtpServerMain.Running running = main.running()) {
            assertThat(code).isZero();
            assertThat(out.toString()).doesNotContain("Create the first admin");
            Matcher link = Pattern.compile("Class \"Physics 7B\" is open. Join link: http://127.0.0.1:"
                    + running.server().httpPort() + "/(join/\\S+)").matcher(out.toString());
            assertThat(link.find()).as(out.toString()).isTrue();
            String code7 = link.group(1).substring("join/".length());
            HttpResponse<String> lookup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    running.server().localUri().resolve("/api/v1/rooms/by-code/" + code7)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(lookup.body()).contains("\"guestsAllowed\":true", "Physics 7B");
            return link.group(1);
        }
    }

    @Test
    void aTakenPortIsAFailedStartWithExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            VtpServerMain main = new VtpServerMain(config -> new FakeRouterFactory(), new PrintWriter(new StringWriter()));

            int code = new CommandLine(main).execute("--port", String.valueOf(taken.getLocalPort()),
                    "--bind", "127.0.0.1", "--public-address", "127.0.0.1", "--data-dir", temp.toString());

            assertThat(code).isEqualTo(1);
            assertThat(main.running()).isNull();
        }
    }
}
