package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vtp.sfu.api.Codec;
import org.vtp.sfu.api.MediaKind;

/**
 * What the SFU accepts in an m-section: the one place listing codecs, RTCP feedback and header
 * extensions it answers. The SFU never transcodes: Opus/48000/2 (RFC 7587 §7) for audio; VP8/90000
 * (RFC 7741 §6.1) or H264/90000 in packetization-mode 1, Constrained Baseline (RFC 6184 §8.1) for
 * video, VP8 preferred. No RTX, RED, FEC: loss is repaired by NACK from the SFU's own cache.
 *
 * <p>A section the client sends on is answered one video codec, the class's if it offers it (so
 * every receiver can decode it); a section it receives on is answered every forwarded video codec
 * it offers, so it can follow a sender that switches codec without a new offer.
 */
public final class MediaPolicy {

    static final String MID_URI = "urn:ietf:params:rtp-hdrext:sdes:mid";
    static final String AUDIO_LEVEL_URI = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    static final String ABS_SEND_TIME_URI = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";

    /** Video codecs in order of preference. */
    static final List<Codec> VIDEO_PREFERENCE = List.of(Codec.VP8, Codec.H264);

    /** PLI/FIR for keyframes, REMB for bandwidth; plain {@code nack} and transport-cc are not offered back. */
    private static final List<String> VIDEO_FEEDBACK = List.of("goog-remb", "ccm fir", "nack pli");

    private static final Map<MediaKind, List<String>> RECEIVE_EXTENSIONS = Map.of(
            MediaKind.AUDIO, List.of(AUDIO_LEVEL_URI, MID_URI),
            MediaKind.VIDEO, List.of(MID_URI, ABS_SEND_TIME_URI));

    private MediaPolicy() {
    }

    /**
     * The class's video codec: the most preferred one every client offers ({@code offeredByEach}
     * holds one set per client with video); {@code current} when none is common to all (no flapping
     * while someone who can decode nothing common is present).
     */
    public static Codec classVideoCodec(Collection<Set<Codec>> offeredByEach, Codec current) {
        for (Codec codec : VIDEO_PREFERENCE) {
            if (offeredByEach.stream().allMatch(set -> set.contains(codec))) {
                return codec;
            }
        }
        return current;
    }

    /**
     * The forwarded video codecs offered in every live video section of an offer; empty when it
     * has no video section (such a client constrains nothing) or is not parseable SDP.
     */
    public static Optional<Set<Codec>> offeredVideoCodecs(String offerSdp) {
        SessionDescription offer;
        try {
            offer = SessionDescription.parse(offerSdp == null ? "" : offerSdp);
        } catch (SdpParseException e) {
            return Optional.empty();
        }
        Set<Codec> common = null;
        for (MediaSection section : offer.mediaSections()) {
            if (section.kind().orElse(null) == MediaKind.VIDEO && !offer.isRejectedInOffer(section)) {
                Set<Codec> offered = EnumSet.noneOf(Codec.class);
                offered.addAll(videoCodecsByPayloadType(section).values());
                if (common == null) {
                    common = offered;
                } else {
                    common.retainAll(offered);
                }
            }
        }
        return Optional.ofNullable(common);
    }

    /**
     * The codecs to answer: Opus for audio; for video the preferred codec (the class's, else the
     * first of {@link #VIDEO_PREFERENCE} offered) when the SFU receives, else every forwarded one
     * in the offer's order. Empty when nothing matches.
     */
    static List<CodecChoice> chooseCodecs(MediaSection offered, MediaKind kind, boolean sfuReceives,
                                          Codec preferredVideo) {
        if (kind == MediaKind.AUDIO) {
            for (int pt : offered.mediaLine().payloadTypes()) {
                Optional<RtpMap> map = offered.rtpMap(pt);
                if (map.isPresent() && map.get().is("opus", 48000, 2)) {
                    return List.of(new CodecChoice(Codec.OPUS, map.get(), offered.fmtp(pt), List.of()));
                }
            }
            return List.of();
        }
        Map<Integer, Codec> video = videoCodecsByPayloadType(offered);
        List<CodecChoice> all = new ArrayList<>();
        video.forEach((pt, codec) -> all.add(videoChoice(offered, pt, codec)));
        if (!sfuReceives || all.isEmpty()) {
            return all;
        }
        List<Codec> order = new ArrayList<>(List.of(preferredVideo));
        VIDEO_PREFERENCE.stream().filter(c -> c != preferredVideo).forEach(order::add);
        Codec best = order.stream().filter(video::containsValue).findFirst().orElseThrow();
        return all.stream().filter(c -> c.codec() == best).toList();
    }

    /** The first payload type per forwarded video codec, in the m= line's order. */
    private static Map<Integer, Codec> videoCodecsByPayloadType(MediaSection offered) {
        Map<Integer, Codec> found = new LinkedHashMap<>();
        for (int pt : offered.mediaLine().payloadTypes()) {
            Optional<Codec> codec = offered.rtpMap(pt).flatMap(map -> videoCodecOf(map, offered.fmtp(pt)));
            if (codec.isPresent() && !found.containsValue(codec.get())) {
                found.put(pt, codec.get());
            }
        }
        return found;
    }

    private static Optional<Codec> videoCodecOf(RtpMap map, Optional<String> fmtp) {
        if (map.is("VP8", 90000, 1)) {
            return Optional.of(Codec.VP8);
        }
        boolean h264 = map.is("H264", 90000, 1) && H264Format.parse(fmtp)
                .filter(f -> f.packetizationMode() == 1 && f.isConstrainedBaseline()).isPresent();
        return h264 ? Optional.of(Codec.H264) : Optional.empty();
    }

    /** VP8 is answered without fmtp; H.264 echoes the offer's (RFC 6184 §8.2.2). */
    private static CodecChoice videoChoice(MediaSection offered, int pt, Codec codec) {
        Optional<String> fmtp = codec == Codec.H264 ? offered.fmtp(pt) : Optional.empty();
        return new CodecChoice(codec, offered.rtpMap(pt).orElseThrow(), fmtp, videoFeedback(offered, pt));
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
