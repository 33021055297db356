package org.vtp.sfu.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SrtpSessionTest {

    private static final int SSRC = 0x11223344;

    private static SrtpKeyMaterial keys(SrtpProfile profile, long seed) {
        Random random = new Random(seed);
        byte[][] parts = new byte[4][];
        for (int i = 0; i < 4; i++) {
            parts[i] = new byte[i % 2 == 0 ? profile.keyLength() : profile.saltLength()];
            random.nextBytes(parts[i]);
        }
        return new SrtpKeyMaterial(profile, parts[0], parts[1], parts[2], parts[3]);
    }

    /** An RTP packet (RFC 3550 §5.1) with a 100-byte payload, at offset 5 of a roomy array. */
    private static byte[] rtp(int seq) {
        byte[] buf = new byte[5 + 112 + SrtpSession.MAX_OVERHEAD];
        buf[5] = (byte) 0x80;
        buf[6] = 111;
        buf[7] = (byte) (seq >> 8);
        buf[8] = (byte) seq;
        buf[9] = 0x01;
        buf[13] = 0x11;
        buf[14] = 0x22;
        buf[15] = 0x33;
        buf[16] = 0x44;
        for (int i = 17; i < 117; i++) {
            buf[i] = (byte) (i * 7 + seq);
        }
        return buf;
    }

    /** An RTCP receiver report (RFC 3550 §6.4.2) with one report block. */
    private static byte[] rtcp() {
        byte[] buf = new byte[32 + SrtpSession.MAX_OVERHEAD];
        buf[0] = (byte) 0x81;
        buf[1] = (byte) 201;
        buf[3] = 7;
        buf[4] = 0x11;
        buf[5] = 0x22;
        buf[6] = 0x33;
        buf[7] = 0x44;
        for (int i = 8; i < 32; i++) {
            buf[i] = (byte) i;
        }
        return buf;
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void protectedRtpUnprotectsToTheOriginalBytes(SrtpProfile profile) {
        SrtpKeyMaterial keys = keys(profile, 1);
        try (SrtpSession sender = new SrtpSession(keys); SrtpSession receiver = new SrtpSession(keys.mirrored())) {
            for (int seq = 0; seq < 5; seq++) {
                byte[] packet = rtp(seq);
                byte[] original = Arrays.copyOfRange(packet, 5, 117);
                int protectedLength = sender.protectRtp(packet, 5, 112);
                assertThat(protectedLength).isEqualTo(112 + profile.rtpOverhead());
                assertThat(Arrays.copyOfRange(packet, 5, 117)).isNotEqualTo(original);
                assertThat(receiver.unprotectRtp(packet, 5, protectedLength)).isEqualTo(112);
                assertThat(Arrays.copyOfRange(packet, 5, 117)).isEqualTo(original);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void protectedRtcpUnprotectsToTheOriginalBytes(SrtpProfile profile) {
        SrtpKeyMaterial keys = keys(profile, 2);
        try (SrtpSession sender = new SrtpSession(keys); SrtpSession receiver = new SrtpSession(keys.mirrored())) {
            byte[] packet = rtcp();
            byte[] original = Arrays.copyOf(packet, 32);
            int protectedLength = sender.protectRtcp(packet, 0, 32);
            assertThat(protectedLength).isEqualTo(32 + profile.rtcpOverhead());
            assertThat(receiver.unprotectRtcp(packet, 0, protectedLength)).isEqualTo(32);
            assertThat(Arrays.copyOf(packet, 32)).isEqualTo(original);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void aTamperedPacketFailsAuthentication(SrtpProfile profile) {
        SrtpKeyMaterial keys = keys(profile, 3);
        try (SrtpSession sender = new SrtpSession(keys); SrtpSession receiver = new SrtpSession(keys.mirrored())) {
            byte[] packet = rtp(1);
            int length = sender.protectRtp(packet, 5, 112);
            packet[40] ^= 0x01;
            assertThat(receiver.unprotectRtp(packet, 5, length)).isEqualTo(-1);
            byte[] report = rtcp();
            int rtcpLength = sender.protectRtcp(report, 0, 32);
            report[20] ^= 0x01;
            assertThat(receiver.unprotectRtcp(report, 0, rtcpLength)).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void aReplayedPacketIsRefused(SrtpProfile profile) {
        SrtpKeyMaterial keys = keys(profile, 4);
        try (SrtpSession sender = new SrtpSession(keys); SrtpSession receiver = new SrtpSession(keys.mirrored())) {
            byte[] packet = rtp(7);
            int length = sender.protectRtp(packet, 5, 112);
            byte[] copy = packet.clone();
            assertThat(receiver.unprotectRtp(packet, 5, length)).isEqualTo(112);
            assertThat(receiver.unprotectRtp(copy, 5, length)).isEqualTo(-1);
            byte[] report = rtcp();
            int rtcpLength = sender.protectRtcp(report, 0, 32);
            byte[] reportCopy = report.clone();
            assertThat(receiver.unprotectRtcp(report, 0, rtcpLength)).isEqualTo(32);
            assertThat(receiver.unprotectRtcp(reportCopy, 0, rtcpLength)).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void wrongKeysFailAuthentication(SrtpProfile profile) {
        try (SrtpSession sender = new SrtpSession(keys(profile, 5));
             SrtpSession receiver = new SrtpSession(keys(profile, 6).mirrored())) {
            byte[] packet = rtp(1);
            int length = sender.protectRtp(packet, 5, 112);
            assertThat(receiver.unprotectRtp(packet, 5, length)).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void garbageAndTruncatedInputIsRefusedWithoutThrowing(SrtpProfile profile) {
        SrtpKeyMaterial keys = keys(profile, 7);
        try (SrtpSession sender = new SrtpSession(keys); SrtpSession receiver = new SrtpSession(keys.mirrored())) {
            byte[] packet = rtp(1);
            int length = sender.protectRtp(packet, 5, 112);
            for (int cut = 0; cut < length; cut++) {
                assertThat(receiver.unprotectRtp(packet.clone(), 5, cut)).isEqualTo(-1);
                assertThat(receiver.unprotectRtcp(packet.clone(), 5, cut)).isEqualTo(-1);
            }
            Random random = new Random(42);
            for (int i = 0; i < 2000; i++) {
                byte[] garbage = new byte[random.nextInt(1500)];
                random.nextBytes(garbage);
                if (garbage.length > 0) {
                    garbage[0] = (byte) (0x80 | garbage[0] & 0x3F);
                }
                assertThat(receiver.unprotectRtp(garbage, 0, garbage.length)).isEqualTo(-1);
                assertThat(receiver.unprotectRtcp(garbage, 0, garbage.length)).isEqualTo(-1);
            }
            assertThat(receiver.unprotectRtp(null, 0, 100)).isEqualTo(-1);
            assertThat(receiver.unprotectRtp(packet, 100, 1000)).isEqualTo(-1);
            assertThat(receiver.unprotectRtp(packet, -1, 20)).isEqualTo(-1);
        }
    }

    @Test
    void protectingWithoutRoomForTheTagIsACallerError() {
        try (SrtpSession sender = new SrtpSession(keys(SrtpProfile.AEAD_AES_128_GCM, 8))) {
            byte[] tight = Arrays.copyOf(rtp(1), 117);
            assertThatThrownBy(() -> sender.protectRtp(tight, 5, 112)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void packetsOfTooManySsrcsAreRefused() {
        SrtpKeyMaterial keys = keys(SrtpProfile.AEAD_AES_128_GCM, 9);
        try (SrtpSession sender = new SrtpSession(keys); SrtpSession receiver = new SrtpSession(keys.mirrored())) {
            int accepted = 0;
            for (int ssrc = 1; ssrc <= SrtpSession.MAX_SSRCS_PER_DIRECTION + 10; ssrc++) {
                byte[] packet = rtp(1);
                packet[16] = (byte) ssrc;
                packet[15] = (byte) (ssrc >> 8);
                int length = sender.protectRtp(packet, 5, 112);
                if (length > 0 && receiver.unprotectRtp(packet, 5, length) == 112) {
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(SrtpSession.MAX_SSRCS_PER_DIRECTION);
        }
    }

    @Test
    void warmUpRunsBothProfiles() {
        long start = System.nanoTime();
        SrtpSession.warmUp();
        System.out.printf("SRTP warm-up took %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }
}
