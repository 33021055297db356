package org.vtp.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The machine's addresses worth announcing to clients when the operator names none. */
public final class HostAddresses {

    private HostAddresses() {
    }

    /**
     * Every address of an up, non-loopback interface that is neither loopback nor link-local, IPv4
     * first (what LAN clients most often reach); 127.0.0.1 when the machine has none.
     */
    public static List<InetAddress> discover() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (nic.isUp() && !nic.isLoopback()) {
                    nic.inetAddresses().filter(HostAddresses::announceable).forEach(found::add);
                }
            }
        } catch (SocketException e) {
            found.clear();
        }
        if (found.isEmpty()) {
            return List.of(InetAddress.getLoopbackAddress());
        }
        found.sort(Comparator.comparingInt(a -> a.getAddress().length));
        return List.copyOf(found);
    }

    static boolean announceable(InetAddress address) {
        return !address.isLoopbackAddress() && !address.isLinkLocalAddress() && !address.isAnyLocalAddress()
                && !address.isMulticastAddress();
    }

    /** The host part of a URL: IPv6 literals go in brackets (RFC 3986 section 3.2.2). */
    public static String urlHost(InetAddress address) {
        String host = address.getHostAddress();
        int scope = host.indexOf('%');
        if (scope >= 0) {
            host = host.substring(0, scope);
        }
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }
}
