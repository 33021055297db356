package org.vtp.sfu.sdp;

import java.util.Arrays;
import java.util.List;

/**
 * {@code a=msid-semantic:<semantic> [<id>...]} (the WebRTC "WMS" attribute from early drafts of
 * RFC 8830). Chromium writes a space after the colon, Firefox does not; both parse the same.
 */
public record MsidSemantic(String semantic, List<String> ids) {

    public MsidSemantic {
        ids = List.copyOf(ids);
    }

    static MsidSemantic parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(-1);
        if (f[0].isEmpty()) {
            throw SdpParseException.atLine(a.line(), "a=msid-semantic has no semantic");
        }
        return new MsidSemantic(f[0], Arrays.asList(f).subList(1, f.length));
    }
}
