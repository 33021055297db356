package org.vtp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticResourcesTest {

    @ParameterizedTest
    @CsvSource({
            "static/app.js, text/javascript; charset=utf-8",
            "static/app.mjs, text/javascript; charset=utf-8",
            "static/style.CSS, text/css; charset=utf-8",
            "join.html, text/html; charset=utf-8",
            "static/img/logo.svg, image/svg+xml",
            "static/icon.png, image/png",
            "static/favicon.ico, image/x-icon",
            "static/socket.io.min.js.map, application/json"})
    void knownExtensionsHaveTheirContentType(String path, String type) {
        assertThat(StaticResources.contentType(path)).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"static/../join.html", "static/..", "../logback.xml", "static/.env.js", "static//a.js",
            "/etc/passwd.js", "static/a\\..\\b.js", "static/a b.js", "static/a\u0000.js", "static/app",
            "static/app.exe", "static/", "", "static/a..b.js", "a/b/c/d/e/f/g/h/i.js"})
    void unsafeOrUnknownPathsHaveNone(String path) {
        assertThat(StaticResources.contentType(path)).isEmpty();
    }

    @Test
    void findReadsFromTheClasspathRoot() throws Exception {
        StaticResources web = new StaticResources(getClass().getClassLoader(), "web");

        assertThat(web.find("static/vtp-test/asset.js")).hasValueSatisfying(
                r -> assertThat(new String(r.bytes())).contains("vtpTestAsset"));
        assertThat(web.find("static/vtp-test/missing.js")).isEmpty();
    }
}
