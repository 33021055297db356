package org.vtp.sfu.sdp;

import java.util.Objects;

/**
 * {@code a=fingerprint:<hash-function> <fingerprint>} (RFC 8122 §5): the certificate hash,
 * upper-case hex bytes joined by colons, e.g. {@code sha-256 4A:FA:...}.
 */
public record Fingerprint(String algorithm, String value) {

    public Fingerprint {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
        if (algorithm.isBlank() || value.isBlank() || SdpText.hasSpaceOrControl(algorithm)
                || SdpText.hasSpaceOrControl(value)) {
            throw new IllegalArgumentException("fingerprint algorithm and value must be non-empty tokens");
        }
    }

    public boolean isSha256() {
        return "sha-256".equalsIgnoreCase(algorithm);
    }

    /** The attribute value, {@code <algorithm> <value>}. */
    public String toAttributeValue() {
        return algorithm + " " + value;
    }

    static Fingerprint parse(Attribute a) throws SdpParseException {
        String[] f = a.fields(-1);
        if (f.length != 2 || f[0].isEmpty()) {
            throw SdpParseException.atLine(a.line(), "a=fingerprint needs '<hash-function> <hex>'");
        }
        return new Fingerprint(f[0], f[1]);
    }
}
