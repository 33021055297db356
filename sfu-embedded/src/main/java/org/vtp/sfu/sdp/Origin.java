package org.vtp.sfu.sdp;

/**
 * The {@code o=} line (RFC 8866 §5.2):
 * {@code o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>}.
 * Session id and version stay strings: browsers send 19-digit ids and the value is only ever
 * compared or echoed, never computed with.
 */
public record Origin(String username, String sessionId, String sessionVersion, String netType,
                     String addressType, String address) {

    private static final int MAX_ID_DIGITS = 20;

    static Origin parse(int line, String value) throws SdpParseException {
        String[] f = value.split(" ", -1);
        if (f.length != 6) {
            throw SdpParseException.atLine(line, "o= needs 6 fields, got " + f.length);
        }
        for (String field : f) {
            if (field.isEmpty()) {
                throw SdpParseException.atLine(line, "o= has an empty field");
            }
        }
        requireDigits(line, f[1], "session id");
        requireDigits(line, f[2], "session version");
        return new Origin(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    private static void requireDigits(int line, String text, String what) throws SdpParseException {
        if (text.length() > MAX_ID_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw SdpParseException.atLine(line, "o= " + what + " is not a number of at most "
                    + MAX_ID_DIGITS + " digits: '" + SdpNumbers.abbreviate(text) + "'");
        }
    }
}
