package org.vtp.sfu.sdp;

/**
 * {@code a=rtpmap:<pt> <encoding>/<clock rate>[/<channels>]} (RFC 8866 §6.6). Channels default to 1
 * when absent (audio) and are meaningless for video.
 */
public record RtpMap(int payloadType, String encoding, int clockRate, int channels) {

    static final int MAX_PAYLOAD_TYPE = 127;

    /** Case-insensitive codec match, as MIME subtypes are case-insensitive (RFC 4855 §3). */
    public boolean is(String encodingName, int rate, int channelCount) {
        return encoding.equalsIgnoreCase(encodingName) && clockRate == rate && channels == channelCount;
    }

    /** The attribute value as written in an answer, e.g. {@code 111 opus/48000/2}. */
    public String toAttributeValue() {
        return payloadType + " " + encoding + "/" + clockRate + (channels > 1 ? "/" + channels : "");
    }

    static RtpMap parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(2);
        if (f.length != 2) {
            throw SdpParseException.atLine(a.line(), "a=rtpmap needs '<pt> <encoding>/<rate>'");
        }
        int pt = SdpNumbers.parseInt(f[0], 0, MAX_PAYLOAD_TYPE, "rtpmap payload type", a.line());
        String[] enc = f[1].split("/", -1);
        if (enc.length < 2 || enc.length > 3 || enc[0].isEmpty()) {
            throw SdpParseException.atLine(a.line(), "a=rtpmap encoding must be '<name>/<rate>[/<channels>]'");
        }
        int rate = SdpNumbers.parseInt(enc[1], 1, Integer.MAX_VALUE, "rtpmap clock rate", a.line());
        int channels = enc.length == 3 ? SdpNumbers.parseInt(enc[2], 1, 255, "rtpmap channels", a.line()) : 1;
        return new RtpMap(pt, enc[0], rate, channels);
    }
}
