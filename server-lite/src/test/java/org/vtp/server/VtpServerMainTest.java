package org.vtp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vtp.server.fake.FakeRouterFactory;
import picocli.CommandLine;

class VtpServerMainTest {

    private final StringWriter out = new StringWriter();
    private final VtpServerMain main = new VtpServerMain(config -> new FakeRouterFactory(), new PrintWriter(out));

    @Test
    void defaultsAreTheDocumentedOnes() {
        new CommandLine(main).parseArgs();

        ServerConfig config = main.toConfig();

        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.mediaPort()).isEqualTo(10000);
        assertThat(config.bindAddress().isAnyLocalAddress()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of("vtp-data").toAbsolutePath());
        assertThat(config.publicAddresses()).isNotEmpty();
    }

    @Test
    void optionsOverrideDefaultsAndPublicAddressRepeats() throws Exception {
        new CommandLine(main).parseArgs("--port", "9000", "--media-port", "12000", "--bind", "127.0.0.1",
                "--public-address", "192.0.2.1", "--public-address", "192.0.2.2", "--data-dir", "/tmp/x");

        ServerConfig config = main.toConfig();

        assertThat(config.httpPort()).isEqualTo(9000);
        assertThat(config.mediaPort()).isEqualTo(12000);
        assertThat(config.bindAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(config.publicAddresses()).containsExactly(InetAddress.getByName("192.0.2.1"),
                InetAddress.getByName("192.0.2.2"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void anInvalidPortIsAUsageErrorNotAStart() {
        int code = new CommandLine(main).execute("--port", "70000");

        assertThat(code).isEqualTo(2);
        assertThat(main.running()).isNull();
    }

    @Test
    void aRefusingSfuIsAFailedStartWithExitCodeOne() {
        VtpServerMain refusing = new VtpServerMain(config -> {
            throw new org.vtp.sfu.api.SfuException(org.vtp.sfu.api.SfuException.Code.UNSUPPORTED, "no SFU");
        }, new PrintWriter(out));

        int code = new CommandLine(refusing).execute("--port", "0", "--data-dir",
                System.getProperty("java.io.tmpdir") + "/vtp-main-test");

        assertThat(code).isEqualTo(1);
        assertThat(refusing.running()).isNull();
    }
}
