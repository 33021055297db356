package org.vtp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerConfigTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536})
    void portsOutsideTheRangeAreRefused(int port) {
        assertThatThrownBy(() -> new ServerConfig(LOOPBACK, port, 0, List.of(LOOPBACK), Path.of("d")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpPort");
        assertThatThrownBy(() -> new ServerConfig(LOOPBACK, 0, port, List.of(LOOPBACK), Path.of("d")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediaPort");
    }

    @Test
    void publicAddressesMustBeNamedAndUnicast() throws Exception {
        assertThatThrownBy(() -> new ServerConfig(LOOPBACK, 0, 0, List.of(), Path.of("d")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public address");
        InetAddress any = InetAddress.getByName("0.0.0.0");
        assertThatThrownBy(() -> new ServerConfig(LOOPBACK, 0, 0, List.of(any), Path.of("d")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0.0.0");
    }

    @Test
    void theConfigIsImmutableAndHandsTheSfuItsShare() {
        java.util.ArrayList<InetAddress> addresses = new java.util.ArrayList<>(List.of(LOOPBACK));
        ServerConfig config = new ServerConfig(LOOPBACK, 8080, 10000, addresses, Path.of("data"));
        addresses.clear();

        assertThat(config.publicAddresses()).containsExactly(LOOPBACK);
        assertThat(config.dataDir()).isAbsolute();
        assertThat(config.sfuConfig().mediaPort()).isEqualTo(10000);
        assertThat(config.sfuConfig().announcedAddresses()).containsExactly(LOOPBACK);
    }

    @Test
    void urlHostsBracketIpv6() throws Exception {
        assertThat(HostAddresses.urlHost(InetAddress.getByName("192.0.2.7"))).isEqualTo("192.0.2.7");
        assertThat(HostAddresses.urlHost(InetAddress.getByName("2001:db8::1"))).isEqualTo("[2001:db8:0:0:0:0:0:1]");
    }

    @Test
    void discoveredAddressesAreAnnounceableOrTheLoopbackFallback() {
        List<InetAddress> found = HostAddresses.discover();

        assertThat(found).isNotEmpty().allMatch(a -> HostAddresses.announceable(a) || a.isLoopbackAddress());
    }
}
