package org.vtp.sfu.ice;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A controlling peer's STUN Binding request (RFC 8445 §7.1.2) signed with a given key, for tests. */
final class StunCheck {
    private StunCheck() {
    }

    static byte[] bindingRequest(String username, byte[] key, byte[] transactionId) throws GeneralSecurityException {
        byte[] user = username.getBytes(StandardCharsets.US_ASCII);
        int userPadded = (user.length + 3) & ~3;
        int beforeIntegrity = 4 + userPadded + 8 + 12;
        ByteBuffer b = ByteBuffer.allocate(20 + beforeIntegrity + 24 + 8);
        b.putShort((short) 0x0001).putShort((short) (beforeIntegrity + 24)).putInt(0x2112A442).put(transactionId);
        b.putShort((short) 0x0006).putShort((short) user.length).put(user).put(new byte[userPadded - user.length]);
        b.putShort((short) 0x0024).putShort((short) 4).putInt(0x6E0001FF);
        b.putShort((short) 0x802A).putShort((short) 8).putLong(0x1122334455667788L);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        mac.update(b.array(), 0, b.position());
        b.putShort((short) 0x0008).putShort((short) 20).put(mac.doFinal());
        b.putShort(2, (short) (beforeIntegrity + 24 + 8));
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putShort((short) 0x8028).putShort((short) 4).putInt((int) (crc.getValue() ^ 0x5354554EL));
        return b.array();
    }
}
