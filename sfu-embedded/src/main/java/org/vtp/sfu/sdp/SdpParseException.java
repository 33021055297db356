package org.vtp.sfu.sdp;

/** The text is not an SDP this model accepts; the message names the line and the problem. */
public final class SdpParseException extends Exception {

    public SdpParseException(String message) {
        super(message);
    }

    static SdpParseException atLine(int lineNumber, String problem) {
        return new SdpParseException("SDP line " + lineNumber + ": " + problem);
    }
}
