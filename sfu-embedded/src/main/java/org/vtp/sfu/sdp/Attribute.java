package org.vtp.sfu.sdp;

/**
 * One {@code a=} line split at the first colon (RFC 8866 §5.13): {@code a=<name>[:<value>]}.
 * A property attribute has an empty value.
 */
record Attribute(int line, String name, String value) {

    static Attribute of(int line, String text) {
        String body = text.substring(2);
        int colon = body.indexOf(':');
        return colon < 0 ? new Attribute(line, body, "") : new Attribute(line, body.substring(0, colon), body.substring(colon + 1));
    }

    /** Splits the value on runs of spaces, at most {@code limit} fields (the last keeps the rest). */
    String[] fields(int limit) {
        return value.trim().split(" +", limit);
    }
}
