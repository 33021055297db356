package org.vtp.sfu.sdp;

/**
 * {@code a=rtcp-fb:<pt|*> <type> [<parameter>]} (RFC 4585 §4.2), e.g. {@code 96 nack pli}.
 * {@code value} is everything after the payload type ({@code nack pli}).
 */
public record RtcpFeedback(String payloadType, String value) {

    public boolean appliesTo(int pt) {
        return "*".equals(payloadType) || payloadType.equals(Integer.toString(pt));
    }

    static RtcpFeedback parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(2);
        if (f.length != 2) {
            throw SdpParseException.atLine(a.line(), "a=rtcp-fb needs '<pt> <type>'");
        }
        if (!"*".equals(f[0])) {
            SdpNumbers.parseInt(f[0], 0, RtpMap.MAX_PAYLOAD_TYPE, "rtcp-fb payload type", a.line());
        }
        return new RtcpFeedback(f[0], f[1]);
    }
}
