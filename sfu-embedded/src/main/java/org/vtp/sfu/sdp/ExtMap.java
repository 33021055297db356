package org.vtp.sfu.sdp;

import java.util.Optional;

/**
 * {@code a=extmap:<id>[/<direction>] <uri> [<extension attributes>]} (RFC 8285 §8). Ids 1-14 fit
 * the one-byte header form, up to 255 need the two-byte form.
 */
public record ExtMap(int id, Optional<Direction> direction, String uri, Optional<String> attributes) {

    static final int MAX_ID = 255;

    /** The attribute value, e.g. {@code 4 urn:ietf:params:rtp-hdrext:sdes:mid}. */
    public String toAttributeValue() {
        return id + direction.map(d -> "/" + d.attribute()).orElse("") + " " + uri
                + attributes.map(a -> " " + a).orElse("");
    }

    static ExtMap parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(3);
        if (f.length < 2) {
            throw SdpParseException.atLine(a.line(), "a=extmap needs '<id> <uri>'");
        }
        String[] idDir = f[0].split("/", -1);
        if (idDir.length > 2) {
            throw SdpParseException.atLine(a.line(), "a=extmap id must be '<id>[/<direction>]'");
        }
        int id = SdpNumbers.parseInt(idDir[0], 1, MAX_ID, "extmap id", a.line());
        Optional<Direction> direction = Optional.empty();
        if (idDir.length == 2) {
            direction = Direction.fromAttribute(idDir[1]);
            if (direction.isEmpty()) {
                throw SdpParseException.atLine(a.line(), "a=extmap has an unknown direction '"
                        + SdpNumbers.abbreviate(idDir[1]) + "'");
            }
        }
        Optional<String> attributes = f.length == 3 ? Optional.of(f[2]) : Optional.empty();
        return new ExtMap(id, direction, f[1], attributes);
    }
}
