package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code m=} line (RFC 8866 §5.14): {@code m=<media> <port>[/<number of ports>] <proto> <fmt>...}.
 * For RTP profiles the formats are payload types 0-127; for others (SCTP data channels) they are
 * kept as text.
 */
public record MediaLine(String media, int port, Optional<Integer> numberOfPorts, String proto,
                        List<String> formats) {

    private static final int MAX_PORT = 65535;

    public MediaLine {
        formats = List.copyOf(formats);
    }

    public boolean isRtp() {
        return proto.contains("RTP/");
    }

    static MediaLine parse(int line, String value) throws SdpParseException {
        String[] f = value.split(" ", -1);
        if (f.length < 4) {
            throw SdpParseException.atLine(line, "m= needs '<media> <port> <proto> <fmt>...'");
        }
        for (String field : f) {
            if (field.isEmpty()) {
                throw SdpParseException.atLine(line, "m= has an empty field");
            }
        }
        String[] portParts = f[1].split("/", -1);
        if (portParts.length > 2) {
            throw SdpParseException.atLine(line, "m= port must be '<port>[/<count>]'");
        }
        int port = SdpNumbers.parseInt(portParts[0], 0, MAX_PORT, "m= port", line);
        Optional<Integer> count = portParts.length == 2
                ? Optional.of(SdpNumbers.parseInt(portParts[1], 1, MAX_PORT, "m= port count", line))
                : Optional.empty();
        List<String> formats = new ArrayList<>(List.of(f).subList(3, f.length));
        MediaLine parsed = new MediaLine(f[0], port, count, f[2], formats);
        if (parsed.isRtp()) {
            for (String format : formats) {
                SdpNumbers.parseInt(format, 0, RtpMap.MAX_PAYLOAD_TYPE, "m= payload type", line);
            }
        }
        return parsed;
    }

    /** The formats as payload types; empty for a non-RTP section. */
    public List<Integer> payloadTypes() {
        return isRtp() ? formats.stream().map(Integer::valueOf).toList() : List.of();
    }
}
