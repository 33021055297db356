package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SDP text into {@code <type>=<value>} lines (RFC 8866 §5) under hard size limits, so a
 * hostile peer cannot make the parser allocate or loop without bound. Lines end in CRLF; a bare LF
 * is accepted (RFC 8866 §5 allows it on input) but the model always writes CRLF.
 */
final class SdpLines {

    /** Browser offers with many tracks stay well under this; a larger text is refused unread. */
    static final int MAX_CHARS = 64 * 1024;

    private SdpLines() {
    }

    static List<String> split(String text) throws SdpParseException {
        if (text == null || text.isEmpty()) {
            throw new SdpParseException("SDP is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new SdpParseException("SDP is " + text.length() + " characters, more than " + MAX_CHARS);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int stop = end < 0 ? text.length() : end;
            if (stop > start && text.charAt(stop - 1) == '\r') {
                stop--;
            }
            lines.add(check(text.substring(start, stop), lines.size() + 1));
            start = next;
        }
        return lines;
    }

    private static String check(String line, int number) throws SdpParseException {
        if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
            throw SdpParseException.atLine(number, "not a '<type>=<value>' line: '" + SdpNumbers.abbreviate(line) + "'");
        }
        if (SdpText.hasControl(line)) {
            throw SdpParseException.atLine(number, "contains a control character");
        }
        return line;
    }
}
