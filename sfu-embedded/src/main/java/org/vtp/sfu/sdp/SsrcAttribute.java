package org.vtp.sfu.sdp;

/**
 * {@code a=ssrc:<ssrc> <attribute>[:<value>]} (RFC 5576 §4.1), e.g. {@code 3128967559 cname:abc}
 * gives attribute {@code cname} and value {@code abc}; the value is empty when absent.
 */
public record SsrcAttribute(long ssrc, String attribute, String value) {

    static final long MAX_SSRC = 0xFFFF_FFFFL;

    static SsrcAttribute parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(2);
        if (f.length != 2) {
            throw SdpParseException.atLine(a.line(), "a=ssrc needs '<ssrc> <attribute>'");
        }
        long ssrc = SdpNumbers.parseLong(f[0], 0, MAX_SSRC, "ssrc", a.line());
        int colon = f[1].indexOf(':');
        return colon < 0
                ? new SsrcAttribute(ssrc, f[1], "")
                : new SsrcAttribute(ssrc, f[1].substring(0, colon), f[1].substring(colon + 1));
    }
}
