package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vtp.sfu.api.MediaKind;

/**
 * What the SFU accepts in an m-section: the one place listing codecs, RTCP feedback and header
 * extensions it answers. The SFU never transcodes, so one codec per kind: Opus/48000/2
 * (RFC 7587 §7) and VP8/90000 (RFC 7741 §6.1), the two every browser has. No RTX, RED, FEC:
 * loss is repaired by NACK from the SFU's own cache.
 */
final class MediaPolicy {

    static final String MID_URI = "urn:ietf:params:rtp-hdrext:sdes:mid";
    static final String AUDIO_LEVEL_URI = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    static final String ABS_SEND_TIME_URI = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";

    /** PLI/FIR for keyframes, REMB for bandwidth; plain {@code nack} and transport-cc are not offered back. */
    private static final List<String> VIDEO_FEEDBACK = List.of("goog-remb", "ccm fir", "nack pli");

    private static final Map<MediaKind, List<String>> RECEIVE_EXTENSIONS = Map.of(
            MediaKind.AUDIO, List.of(AUDIO_LEVEL_URI, MID_URI),
            MediaKind.VIDEO, List.of(MID_URI, ABS_SEND_TIME_URI));

    private MediaPolicy() {
    }

    /** The first payload type in the m= line's order that is our codec for {@code kind}. */
    static Optional<CodecChoice> chooseCodec(MediaSection offered, MediaKind kind) {
        for (int pt : offered.mediaLine().payloadTypes()) {
            Optional<RtpMap> map = offered.rtpMap(pt);
            if (map.isEmpty()) {
                continue;
            }
            if (kind == MediaKind.AUDIO && map.get().is("opus", 48000, 2)) {
                return Optional.of(new CodecChoice(map.get(), offered.fmtp(pt), List.of()));
            }
            if (kind == MediaKind.VIDEO && map.get().is("VP8", 90000, 1)) {
                return Optional.of(new CodecChoice(map.get(), Optional.empty(), videoFeedback(offered, pt)));
            }
        }
        return Optional.empty();
    }

    private static List<String> videoFeedback(MediaSection offered, int pt) {
        List<String> chosen = new ArrayList<>();
        for (String value : offered.rtcpFeedback(pt)) {
            if (VIDEO_FEEDBACK.contains(value) && !chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    /**
     * Header extensions for a section the SFU receives on, with the offer's ids (RFC 8285 §7).
     * An extension the client only receives ({@code /recvonly}) is useless there and dropped; one it
     * only sends is answered {@code /recvonly}.
     */
    static List<ExtMap> receiveExtensions(MediaSection offered, MediaKind kind) {
        List<ExtMap> chosen = new ArrayList<>();
        for (ExtMap e : offered.extMaps()) {
            if (!RECEIVE_EXTENSIONS.get(kind).contains(e.uri()) || chosen.stream().anyMatch(c -> c.uri().equals(e.uri()))) {
                continue;
            }
            Optional<Direction> dir = e.direction();
            if (dir.isPresent() && !dir.get().sends()) {
                continue;
            }
            Optional<Direction> answered = dir.filter(d -> d == Direction.SENDONLY).map(d -> Direction.RECVONLY);
            chosen.add(new ExtMap(e.id(), answered, e.uri(), Optional.empty()));
        }
        return chosen;
    }
}
