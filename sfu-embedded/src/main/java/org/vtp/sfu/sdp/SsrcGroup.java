package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code a=ssrc-group:<semantics> <ssrc>...} (RFC 5576 §4.2), e.g. {@code FID 39326305 375411455}
 * (RFC 5576 §4.2 / RFC 4588: the first is the media SSRC, the second its retransmission SSRC).
 */
public record SsrcGroup(String semantics, List<Long> ssrcs) {

    public SsrcGroup {
        ssrcs = List.copyOf(ssrcs);
    }

    /** Flow identification: an SSRC and its RTX repair SSRC. */
    public boolean isFid() {
        return "FID".equals(semantics);
    }

    static SsrcGroup parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(-1);
        if (f.length < 2 || f[0].isEmpty()) {
            throw SdpParseException.atLine(a.line(), "a=ssrc-group needs '<semantics> <ssrc>...'");
        }
        List<Long> ssrcs = new ArrayList<>();
        for (int i = 1; i < f.length; i++) {
            ssrcs.add(SdpNumbers.parseLong(f[i], 0, SsrcAttribute.MAX_SSRC, "ssrc-group ssrc", a.line()));
        }
        return new SsrcGroup(f[0], ssrcs);
    }
}
