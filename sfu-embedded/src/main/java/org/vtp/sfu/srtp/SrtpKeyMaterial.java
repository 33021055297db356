package org.vtp.sfu.srtp;

import java.util.Objects;

/**
 * The SRTP master keys of one connection, as exported from DTLS (RFC 5764 §4.2). "Local" keys
 * protect what this side sends; "remote" keys unprotect what the peer sends.
 */
public record SrtpKeyMaterial(SrtpProfile profile, byte[] localKey, byte[] localSalt,
                              byte[] remoteKey, byte[] remoteSalt) {

    public SrtpKeyMaterial {
        Objects.requireNonNull(profile, "profile");
        localKey = checked(localKey, profile.keyLength(), "localKey");
        remoteKey = checked(remoteKey, profile.keyLength(), "remoteKey");
        localSalt = checked(localSalt, profile.saltLength(), "localSalt");
        remoteSalt = checked(remoteSalt, profile.saltLength(), "remoteSalt");
    }

    private static byte[] checked(byte[] value, int length, String name) {
        Objects.requireNonNull(value, name);
        if (value.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, was " + value.length);
        }
        return value.clone();
    }

    /** The same keys seen from the peer: what it sends we receive. Used by back-to-back tests. */
    public SrtpKeyMaterial mirrored() {
        return new SrtpKeyMaterial(profile, remoteKey, remoteSalt, localKey, localSalt);
    }

    @Override
    public String toString() {
        return "SrtpKeyMaterial[" + profile + "]";
    }
}
