package org.vtp.sfu.srtp;

import org.jitsi.srtp.SrtpPolicy;

/**
 * The DTLS-SRTP protection profiles the SFU negotiates, in order of preference (RFC 5764 §4.1.2,
 * RFC 7714 §14.2). AES-GCM is preferred: it is faster and its tag authenticates the whole packet.
 */
public enum SrtpProfile {
    /** SRTP_AEAD_AES_128_GCM (0x0007): 16-byte key, 12-byte salt, 16-byte tag. */
    AEAD_AES_128_GCM(0x0007, 16, 12, 16, 16),
    /** SRTP_AES128_CM_HMAC_SHA1_80 (0x0001): 16-byte key, 14-byte salt, 10-byte tag, SRTCP 10. */
    AES128_CM_HMAC_SHA1_80(0x0001, 16, 14, 10, 10);

    private final int dtlsId;
    private final int keyLength;
    private final int saltLength;
    private final int rtpTagLength;
    private final int rtcpTagLength;

    SrtpProfile(int dtlsId, int keyLength, int saltLength, int rtpTagLength, int rtcpTagLength) {
        this.dtlsId = dtlsId;
        this.keyLength = keyLength;
        this.saltLength = saltLength;
        this.rtpTagLength = rtpTagLength;
        this.rtcpTagLength = rtcpTagLength;
    }

    /** The profile's number in the DTLS use_srtp extension. */
    public int dtlsId() {
        return dtlsId;
    }

    public int keyLength() {
        return keyLength;
    }

    public int saltLength() {
        return saltLength;
    }

    /** Bytes protectRtp appends (the authentication tag). */
    public int rtpOverhead() {
        return rtpTagLength;
    }

    /** Bytes protectRtcp appends: the tag plus the 4-byte E-flag/SRTCP index (RFC 3711 §3.4). */
    public int rtcpOverhead() {
        return rtcpTagLength + 4;
    }

    /** The profile with this use_srtp number, or null when the SFU does not support it. */
    public static SrtpProfile fromDtlsId(int id) {
        for (SrtpProfile profile : values()) {
            if (profile.dtlsId == id) {
                return profile;
            }
        }
        return null;
    }

    SrtpPolicy rtpPolicy() {
        return policy(rtpTagLength);
    }

    SrtpPolicy rtcpPolicy() {
        return policy(rtcpTagLength);
    }

    private SrtpPolicy policy(int tagLength) {
        if (this == AEAD_AES_128_GCM) {
            return new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, keyLength,
                    SrtpPolicy.NULL_AUTHENTICATION, 0, tagLength, saltLength);
        }
        return new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION, keyLength,
                SrtpPolicy.HMACSHA1_AUTHENTICATION, 20, tagLength, saltLength);
    }
}
