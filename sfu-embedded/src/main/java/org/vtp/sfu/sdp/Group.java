package org.vtp.sfu.sdp;

import java.util.Arrays;
import java.util.List;

/** {@code a=group:<semantics> <mid>...} (RFC 5888 §5), e.g. {@code BUNDLE 0 1} (RFC 8843). */
public record Group(String semantics, List<String> mids) {

    public Group {
        mids = List.copyOf(mids);
    }

    public boolean isBundle() {
        return "BUNDLE".equals(semantics);
    }

    static Group parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(-1);
        if (f[0].isEmpty()) {
            throw SdpParseException.atLine(a.line(), "a=group has no semantics");
        }
        return new Group(f[0], Arrays.asList(f).subList(1, f.length));
    }
}
