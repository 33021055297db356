package org.vtp.sfu.sdp;

/** Character checks shared by the parser and by values the SFU writes into an answer. */
final class SdpText {

    private SdpText() {
    }

    /** Control characters other than tab would break the line structure (RFC 8866 §5). */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static boolean hasSpaceOrControl(String s) {
        return hasControl(s) || s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0;
    }

    /** A non-empty token we may write into an SDP field: no spaces, no line breaks. */
    static String requireToken(String s, String what) {
        if (s == null || s.isEmpty() || hasSpaceOrControl(s)) {
            throw new IllegalArgumentException(what + " must be a non-empty token without spaces: " + s);
        }
        return s;
    }
}
