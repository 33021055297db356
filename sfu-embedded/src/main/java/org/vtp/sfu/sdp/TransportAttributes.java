package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ICE (RFC 8839 §5.4) and DTLS (RFC 8122 §5, RFC 4145 §4) attributes of one level of an SDP.
 * Firefox writes some at session level and some per m-section, Chromium all per m-section:
 * {@link #withFallback} resolves a section's own values over the session's.
 */
public record TransportAttributes(Optional<String> iceUfrag, Optional<String> icePwd,
                                  List<Fingerprint> fingerprints, Optional<String> setup,
                                  Optional<String> iceOptions) {

    public TransportAttributes {
        fingerprints = List.copyOf(fingerprints);
    }

    /** This level's values, each missing one taken from {@code outer} (the session level). */
    public TransportAttributes withFallback(TransportAttributes outer) {
        return new TransportAttributes(
                iceUfrag.or(outer::iceUfrag),
                icePwd.or(outer::icePwd),
                fingerprints.isEmpty() ? outer.fingerprints : fingerprints,
                setup.or(outer::setup),
                iceOptions.or(outer::iceOptions));
    }

    /** The first fingerprint with the given hash function (case-insensitive). */
    public Optional<Fingerprint> fingerprint(String algorithm) {
        return fingerprints.stream().filter(f -> f.algorithm().equalsIgnoreCase(algorithm)).findFirst();
    }

    static TransportAttributes parse(List<Attribute> attributes) throws SdpParseException {
        Optional<String> ufrag = Optional.empty();
        Optional<String> pwd = Optional.empty();
        Optional<String> setup = Optional.empty();
        Optional<String> options = Optional.empty();
        List<Fingerprint> fingerprints = new ArrayList<>();
        for (Attribute a : attributes) {
            switch (a.name()) {
                case "ice-ufrag" -> ufrag = Optional.of(nonEmpty(a));
                case "ice-pwd" -> pwd = Optional.of(nonEmpty(a));
                case "setup" -> setup = Optional.of(nonEmpty(a));
                case "ice-options" -> options = Optional.of(nonEmpty(a));
                case "fingerprint" -> fingerprints.add(Fingerprint.parse(a));
                default -> {
                    // not a transport attribute
                }
            }
        }
        return new TransportAttributes(ufrag, pwd, fingerprints, setup, options);
    }

    private static String nonEmpty(Attribute a) throws SdpParseException {
        String v = a.value().trim();
        if (v.isEmpty()) {
            throw SdpParseException.atLine(a.line(), "a=" + a.name() + " has no value");
        }
        return v;
    }
}
