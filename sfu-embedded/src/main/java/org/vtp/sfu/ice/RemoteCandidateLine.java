package org.vtp.sfu.ice;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One remote ICE candidate as SDP writes it (RFC 8839 §5.1):
 * <pre>
 * [a=]candidate:&lt;foundation&gt; &lt;component&gt; &lt;transport&gt; &lt;priority&gt; &lt;address&gt; &lt;port&gt; typ &lt;type&gt; [raddr .. rport ..] [ext ...]
 * </pre>
 * Only IP literals are accepted: the SFU never resolves names (mDNS {@code .local} names are
 * ignored; the browser is learned peer-reflexive from its checks, RFC 8445 §7.3.1.3).
 */
record RemoteCandidateLine(String foundation, int component, long priority, InetAddress address, int port,
                           String type) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** Why a well-formed line was not used. */
    enum Ignored { MDNS_OR_HOSTNAME, NOT_UDP, NOT_RTP_COMPONENT, END_OF_CANDIDATES }

    /** A parse outcome: either a candidate or the reason it is ignored. */
    record Result(RemoteCandidateLine candidate, Ignored ignored) {
    }

    /**
     * Parses one line.
     *
     * @throws IllegalArgumentException when the line is not a candidate line
     */
    static Result parse(String line) {
        if (line == null) {
            throw new IllegalArgumentException("null candidate");
        }
        String text = line.trim();
        if (text.startsWith("a=")) {
            text = text.substring(2);
        }
        if (text.isEmpty() || text.equals("end-of-candidates")) {
            return new Result(null, Ignored.END_OF_CANDIDATES);
        }
        if (!text.startsWith("candidate:") || text.length() > 1024) {
            throw new IllegalArgumentException("not a candidate line: " + abbreviated(text));
        }
        String[] f = text.substring("candidate:".length()).split("\\s+");
        if (f.length < 8 || !f[6].equals("typ")) {
            throw new IllegalArgumentException("malformed candidate: " + abbreviated(text));
        }
        int component = number(f[1], 1, 256, "component");
        long priority = number(f[3], 0, 0xFFFF_FFFFL, "priority");
        int port = number(f[5], 1, 65535, "port");
        String type = f[7].toLowerCase(Locale.ROOT);
        if (!type.matches("host|srflx|prflx|relay")) {
            throw new IllegalArgumentException("unknown candidate type: " + f[7]);
        }
        if (!f[2].equalsIgnoreCase("udp")) {
            return new Result(null, Ignored.NOT_UDP);
        }
        if (component != 1) {
            return new Result(null, Ignored.NOT_RTP_COMPONENT);
        }
        InetAddress address = literal(f[4]);
        if (address == null) {
            return new Result(null, Ignored.MDNS_OR_HOSTNAME);
        }
        return new Result(new RemoteCandidateLine(f[0], component, priority, address, port, type), null);
    }

    private static InetAddress literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad candidate address: " + abbreviated(host));
        }
    }

    private static int number(String text, int min, int max, String what) {
        return (int) number(text, min, (long) max, what);
    }

    private static long number(String text, long min, long max, String what) {
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(what + " out of range: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + what + ": " + abbreviated(text));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
