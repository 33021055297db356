package org.vtp.sfu.sdp;

import java.util.Optional;

/** {@code a=msid:<stream id> [<track id>]} (RFC 8830 §2); Chromium writes {@code -} for no stream. */
public record Msid(String streamId, Optional<String> trackId) {

    static Msid parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(-1);
        if (f[0].isEmpty() || f.length > 2) {
            throw SdpParseException.atLine(a.line(), "a=msid needs '<stream id> [<track id>]'");
        }
        return new Msid(f[0], f.length == 2 ? Optional.of(f[1]) : Optional.empty());
    }
}
