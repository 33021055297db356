package org.vtp.sfu.rtp;

import java.util.HexFormat;

/** Golden bytes for tests, written as hex with free spacing. */
public final class Hex {

    private Hex() {
    }

    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("[\\s|]", ""));
    }

    public static String of(byte[] buf, int off, int len) {
        return HexFormat.of().formatHex(buf, off, off + len);
    }

    public static String normalize(String hex) {
        return of(bytes(hex), 0, bytes(hex).length);
    }
}
