package org.vtp.sfu.ice;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the MESSAGE-INTEGRITY of a STUN message with a short-term credential (RFC 8489 §14.5,
 * §9.1: the key is the password itself; ICE passwords are ASCII, so SASLprep changes nothing).
 * Never throws on hostile input: anything malformed is simply not authentic.
 */
final class StunIntegrity {
    private static final int HEADER = 20;
    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final int MESSAGE_INTEGRITY = 0x0008;
    private static final int HMAC_LENGTH = 20;

    private StunIntegrity() {
    }

    /** Whether {@code buf[off, off+len)} is one STUN message whose MESSAGE-INTEGRITY matches {@code key}. */
    static boolean verify(byte[] buf, int off, int len, byte[] key) {
        if (buf == null || off < 0 || len < HEADER || off + len > buf.length || (buf[off] & 0xC0) != 0
                || int32(buf, off + 4) != MAGIC_COOKIE || HEADER + uint16(buf, off + 2) != len) {
            return false;
        }
        int at = off + HEADER;
        int end = off + len;
        while (at + 4 <= end) {
            int type = uint16(buf, at);
            int length = uint16(buf, at + 2);
            int value = at + 4;
            if (value + length > end) {
                return false;
            }
            if (type == MESSAGE_INTEGRITY) {
                return length == HMAC_LENGTH && matches(buf, off, at, key);
            }
            at = value + ((length + 3) & ~3);
        }
        return false;
    }

    /**
     * The HMAC covers the message up to the attribute, with the header's length field counting
     * the message only up to the end of MESSAGE-INTEGRITY (§14.5).
     */
    private static boolean matches(byte[] buf, int off, int attribute, byte[] key) {
        byte[] header = new byte[HEADER];
        System.arraycopy(buf, off, header, 0, HEADER);
        int coveredLength = attribute - off - HEADER + 4 + HMAC_LENGTH;
        header[2] = (byte) (coveredLength >> 8);
        header[3] = (byte) coveredLength;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            mac.update(header);
            mac.update(buf, off + HEADER, attribute - off - HEADER);
            byte[] expected = mac.doFinal();
            byte[] given = new byte[HMAC_LENGTH];
            System.arraycopy(buf, attribute + 4, given, 0, HMAC_LENGTH);
            return MessageDigest.isEqual(expected, given);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int uint16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int int32(byte[] b, int i) {
        return uint16(b, i) << 16 | uint16(b, i + 2);
    }
}
