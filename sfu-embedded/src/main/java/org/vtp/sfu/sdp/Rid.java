package org.vtp.sfu.sdp;

import java.util.Optional;

/**
 * {@code a=rid:<rid-id> <send|recv> [<restrictions>]} (RFC 8851 §10): one simulcast layer, named by
 * the {@code sdes:rtp-stream-id} header extension in its packets.
 */
public record Rid(String id, String direction, Optional<String> restrictions) {

    static Rid parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(3);
        if (f.length < 2 || f[0].isEmpty() || !("send".equals(f[1]) || "recv".equals(f[1]))) {
            throw SdpParseException.atLine(a.line(), "a=rid needs '<id> send|recv [restrictions]'");
        }
        return new Rid(f[0], f[1], f.length == 3 ? Optional.of(f[2]) : Optional.empty());
    }
}
