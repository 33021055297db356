package org.vtp.sfu.sdp;

/** Strict decimal parsing for SDP fields: digits only, no sign, bounded range. */
final class SdpNumbers {

    private static final int MAX_DIGITS = 10;

    private SdpNumbers() {
    }

    static int parseInt(String text, int min, int max, String what, int line) throws SdpParseException {
        return (int) parseLong(text, min, max, what, line);
    }

    static long parseLong(String text, long min, long max, String what, int line) throws SdpParseException {
        if (text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw SdpParseException.atLine(line, what + " is not a number: '" + abbreviate(text) + "'");
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw SdpParseException.atLine(line, what + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    /** Keeps error messages short when the offending text is huge. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
