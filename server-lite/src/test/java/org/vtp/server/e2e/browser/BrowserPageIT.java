package org.vtp.server.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The browser seam itself, in each engine: scripts, input, fake devices, screenshots, console errors. */
class BrowserPageIT {

    private static final String PAGE = """
            <!doctype html><meta charset="utf-8"><title>t</title>
            <input id="name"><button id="go" onclick="document.getElementById('out').textContent = 'Hi ' +
            document.getElementById('name').value">Go</button><p id="out"></p><video id="v" autoplay muted></video>
            """;

    private HttpServer http;
    private BrowserPage page;

    @BeforeEach
    void serve() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
    }

    @AfterEach
    void stop() {
        if (page != null) {
            page.close();
        }
        http.stop(0);
    }

    private BrowserPage open(Engine engine) {
        page = engine.launch("seam");
        page.open("http://127.0.0.1:" + http.getAddress().getPort() + "/");
        return page;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    @SuppressWarnings("unchecked")
    void scriptsTakeArgumentsAndReturnJsonValuesAndPromisesAreAwaited(Engine engine) {
        BrowserPage p = open(engine);

        assertThat(p.js("return arguments[0] + arguments[1];", 40, 2)).isEqualTo(42L);
        assertThat((List<Object>) p.js("return [arguments[0], 1.5, true, null, {a: 'b'}];", "x"))
                .containsExactly("x", 1.5, true, null, Map.of("a", "b"));
        assertThat(p.awaitPromise("new Promise(r => setTimeout(() => r('later'), 50))")).isEqualTo("later");
        assertThatThrownBy(() -> p.js("throw new Error('boom');")).hasMessageContaining("boom");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void typingAndClickingWorkLikeAUser(Engine engine) {
        BrowserPage p = open(engine);

        p.type("#name", "Ada");
        p.click("#go");

        assertThat(p.text("out")).isEqualTo("Hi Ada");
        assertThat(p.isDisplayed("#go")).isTrue();
        assertThat(p.count("input")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFakeCameraAndMicrophoneNeedNoPrompt(Engine engine) {
        BrowserPage p = open(engine);

        Object kinds = p.awaitPromise("navigator.mediaDevices.getUserMedia({video: true, audio: true})"
                + ".then(s => { document.getElementById('v').srcObject = s; return s.getTracks().map(t => t.kind).sort(); })");

        assertThat(kinds).isEqualTo(List.of("audio", "video"));
        p.awaitUntil(Duration.ofSeconds(10), "the fake camera plays",
                () -> ((Number) p.js("return document.getElementById('v').videoWidth;")).longValue() > 0);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void screenshotsArePngFilesAndConsoleErrorsAreCollected(Engine engine) throws Exception {
        BrowserPage p = open(engine);

        Path shot = p.screenshot("seam");
        p.js("console.error('something broke');");

        byte[] png = Files.readAllBytes(shot);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        p.awaitUntil(Duration.ofSeconds(5), "the console error is reported",
                () -> p.consoleErrors().stream().anyMatch(e -> e.contains("something broke")));
    }
}
