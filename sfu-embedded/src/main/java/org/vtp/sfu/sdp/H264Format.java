package org.vtp.sfu.sdp;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads an H.264 {@code a=fmtp} (RFC 6184 §8.1): {@code packetization-mode} (default 0) and the
 * profile of {@code profile-level-id} (default {@code 42000a}, Baseline without constraints). The
 * profile is profile_idc plus the constraint flags of profile-iop; the level byte does not enter
 * matching (§8.2.2: offer and answer must agree on the profile; with
 * {@code level-asymmetry-allowed=1} each side's level applies to what it receives, without it the
 * answer echoes the offer's level, which the SFU does).
 */
final class H264Format {

    private final int packetizationMode;
    private final int profileIdc;
    private final int profileIop;

    private H264Format(int packetizationMode, int profileIdc, int profileIop) {
        this.packetizationMode = packetizationMode;
        this.profileIdc = profileIdc;
        this.profileIop = profileIop;
    }

    /** Parses parameters {@code key=value;...}; empty when a value the SFU reads is malformed. */
    static Optional<H264Format> parse(Optional<String> fmtp) {
        int mode = 0;
        String profileLevelId = "42000a";
        for (String parameter : fmtp.orElse("").split(";")) {
            String[] kv = parameter.trim().split("=", 2);
            String key = kv[0].trim().toLowerCase(Locale.ROOT);
            String value = kv.length == 2 ? kv[1].trim() : "";
            if (key.equals("packetization-mode")) {
                if (!value.matches("[0-2]")) {
                    return Optional.empty();
                }
                mode = value.charAt(0) - '0';
            } else if (key.equals("profile-level-id")) {
                if (!value.matches("[0-9A-Fa-f]{6}")) {
                    return Optional.empty();
                }
                profileLevelId = value;
            }
        }
        return Optional.of(new H264Format(mode, Integer.parseInt(profileLevelId.substring(0, 2), 16),
                Integer.parseInt(profileLevelId.substring(2, 4), 16)));
    }

    int packetizationMode() {
        return packetizationMode;
    }

    /**
     * Constrained Baseline: profile_idc 66 with constraint_set1, 77 with constraint_set0, or 88 with
     * both (H.264 Annex A.2.1.1), the four low flag bits clear; the same table libwebrtc matches.
     * {@code 42e01f} is the usual form.
     */
    boolean isConstrainedBaseline() {
        if ((profileIop & 0x0F) != 0) {
            return false;
        }
        return switch (profileIdc) {
            case 0x42 -> (profileIop & 0x40) != 0;
            case 0x4D -> (profileIop & 0x80) != 0;
            case 0x58 -> (profileIop & 0xC0) == 0xC0;
            default -> false;
        };
    }
}
