package org.vtp.sfu.bench;

import java.util.SplittableRandom;
import org.vtp.sfu.srtp.SrtpKeyMaterial;
import org.vtp.sfu.srtp.SrtpProfile;

/**
 * Fixed SRTP master keys shaped like a DTLS-SRTP export (RFC 5764 §4.2): uniformly random-looking
 * bytes of the profile's key and salt lengths, reproducible from a seed so every run encrypts the
 * same bytes. One seed per connection: the producer's and each consumer's keys differ.
 */
final class TestKeys {

    private TestKeys() {
    }

    /** The SFU's view of connection {@code seed}: local keys protect, remote keys unprotect. */
    static SrtpKeyMaterial sfuSide(SrtpProfile profile, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new SrtpKeyMaterial(profile, bytes(random, profile.keyLength()), bytes(random, profile.saltLength()),
                bytes(random, profile.keyLength()), bytes(random, profile.saltLength()));
    }

    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }
}
