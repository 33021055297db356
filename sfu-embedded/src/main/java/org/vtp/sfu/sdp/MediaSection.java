package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.vtp.sfu.api.MediaKind;

/**
 * One m-section of a parsed SDP: its lines verbatim (unknown ones included, in order) plus typed
 * views of the attributes the SFU uses. Immutable. ICE/DTLS attributes and the direction may also
 * sit at session level: use {@link SessionDescription#transportOf} and
 * {@link SessionDescription#directionOf} for the resolved values.
 */
public final class MediaSection {

    private final List<String> lines;
    private final List<Attribute> attributes;
    private final MediaLine mediaLine;
    private final TransportAttributes transport;
    private final Optional<String> mid;
    private final Optional<Direction> direction;
    private final Optional<Msid> msid;
    private final Optional<String> simulcast;
    private final List<String> candidates = new ArrayList<>();
    private final List<RtpMap> rtpMaps = new ArrayList<>();
    private final Map<Integer, String> fmtps = new TreeMap<>();
    private final List<RtcpFeedback> rtcpFeedback = new ArrayList<>();
    private final List<ExtMap> extMaps = new ArrayList<>();
    private final List<SsrcAttribute> ssrcAttributes = new ArrayList<>();
    private final List<SsrcGroup> ssrcGroups = new ArrayList<>();
    private final List<Rid> rids = new ArrayList<>();

    private MediaSection(List<String> lines, List<Attribute> attributes, MediaLine mediaLine)
            throws SdpParseException {
        this.lines = List.copyOf(lines);
        this.attributes = List.copyOf(attributes);
        this.mediaLine = mediaLine;
        this.transport = TransportAttributes.parse(attributes);
        this.mid = last("mid").map(Attribute::value);
        this.direction = SessionDescription.lastDirection(attributes);
        Optional<Attribute> msidLine = last("msid");
        this.msid = msidLine.isPresent() ? Optional.of(Msid.parse(msidLine.get())) : Optional.empty();
        this.simulcast = last("simulcast").map(Attribute::value);
        for (Attribute a : attributes) {
            parseListAttribute(a);
        }
    }

    /** Parses the lines of one section; {@code firstLine} is the 1-based number of its m= line. */
    static MediaSection parse(List<String> lines, int firstLine) throws SdpParseException {
        MediaLine m = MediaLine.parse(firstLine, lines.get(0).substring(2));
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("a=")) {
                attributes.add(Attribute.of(firstLine + i, line));
            }
        }
        for (Attribute a : attributes) {
            if ("mid".equals(a.name()) && (a.value().isEmpty() || SdpText.hasSpaceOrControl(a.value()))) {
                throw SdpParseException.atLine(a.line(), "a=mid must be a non-empty token");
            }
        }
        return new MediaSection(lines, attributes, m);
    }

    private void parseListAttribute(Attribute a) throws SdpParseException {
        switch (a.name()) {
            case "candidate" -> candidates.add("candidate:" + a.value());
            case "rtpmap" -> rtpMaps.add(RtpMap.parse(a));
            case "fmtp" -> parseFmtp(a);
            case "rtcp-fb" -> rtcpFeedback.add(RtcpFeedback.parse(a));
            case "extmap" -> extMaps.add(ExtMap.parse(a));
            case "ssrc" -> ssrcAttributes.add(SsrcAttribute.parse(a));
            case "ssrc-group" -> ssrcGroups.add(SsrcGroup.parse(a));
            case "rid" -> rids.add(Rid.parse(a));
            default -> {
                // kept verbatim in lines()
            }
        }
    }

    /** {@code a=fmtp:<format> <parameters>} (RFC 8866 §6.15); the first line per format wins. */
    private void parseFmtp(Attribute a) throws SdpParseException {
        String[] f = a.fields(2);
        int pt = SdpNumbers.parseInt(f[0], 0, RtpMap.MAX_PAYLOAD_TYPE, "fmtp payload type", a.line());
        fmtps.putIfAbsent(pt, f.length == 2 ? f[1] : "");
    }

    private Optional<Attribute> last(String name) {
        Attribute found = null;
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    public MediaLine mediaLine() {
        return mediaLine;
    }

    /** The m= media name: {@code audio}, {@code video}, {@code application}... */
    public String media() {
        return mediaLine.media();
    }

    /** The kind for {@code audio} and {@code video} sections, empty for any other media. */
    public Optional<MediaKind> kind() {
        for (MediaKind k : MediaKind.values()) {
            if (k.sdpName().equals(media())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public int port() {
        return mediaLine.port();
    }

    public String proto() {
        return mediaLine.proto();
    }

    public List<String> formats() {
        return mediaLine.formats();
    }

    public Optional<String> mid() {
        return mid;
    }

    /** This section's own direction attribute; see {@link SessionDescription#directionOf}. */
    public Optional<Direction> direction() {
        return direction;
    }

    /** This section's own ICE/DTLS attributes; see {@link SessionDescription#transportOf}. */
    public TransportAttributes transport() {
        return transport;
    }

    /** Candidate attribute values, {@code candidate:...}, in order. */
    public List<String> candidates() {
        return List.copyOf(candidates);
    }

    public boolean endOfCandidates() {
        return hasAttribute("end-of-candidates");
    }

    public boolean rtcpMux() {
        return hasAttribute("rtcp-mux");
    }

    public boolean rtcpRsize() {
        return hasAttribute("rtcp-rsize");
    }

    /**
     * {@code a=bundle-only} (RFC 9143 §6): with port 0, the offerer wants this section accepted
     * only inside its BUNDLE group; see {@link SessionDescription#isRejectedInOffer}.
     */
    public boolean bundleOnly() {
        return hasAttribute("bundle-only");
    }

    public List<RtpMap> rtpMaps() {
        return List.copyOf(rtpMaps);
    }

    public Optional<RtpMap> rtpMap(int payloadType) {
        return rtpMaps.stream().filter(r -> r.payloadType() == payloadType).findFirst();
    }

    public Optional<String> fmtp(int payloadType) {
        return Optional.ofNullable(fmtps.get(payloadType));
    }

    public List<RtcpFeedback> rtcpFeedback() {
        return List.copyOf(rtcpFeedback);
    }

    /** Feedback values ({@code nack pli}...) for a payload type, wildcard lines included. */
    public List<String> rtcpFeedback(int payloadType) {
        return rtcpFeedback.stream().filter(f -> f.appliesTo(payloadType)).map(RtcpFeedback::value).toList();
    }

    public List<ExtMap> extMaps() {
        return List.copyOf(extMaps);
    }

    public Optional<ExtMap> extMap(String uri) {
        return extMaps.stream().filter(e -> e.uri().equals(uri)).findFirst();
    }

    public List<SsrcAttribute> ssrcAttributes() {
        return List.copyOf(ssrcAttributes);
    }

    public List<SsrcGroup> ssrcGroups() {
        return List.copyOf(ssrcGroups);
    }

    /** Every SSRC named by an {@code a=ssrc} line, in order of first appearance. */
    public List<Long> ssrcs() {
        Set<Long> all = new LinkedHashSet<>();
        ssrcAttributes.forEach(s -> all.add(s.ssrc()));
        return List.copyOf(all);
    }

    /** The media SSRCs: {@link #ssrcs()} without the repair SSRCs of FID groups (RFC 4588 RTX). */
    public List<Long> primarySsrcs() {
        Set<Long> secondaries = new LinkedHashSet<>();
        ssrcGroups.stream().filter(SsrcGroup::isFid)
                .forEach(g -> secondaries.addAll(g.ssrcs().subList(1, g.ssrcs().size())));
        return ssrcs().stream().filter(s -> !secondaries.contains(s)).toList();
    }

    public Optional<Msid> msid() {
        return msid;
    }

    public List<Rid> rids() {
        return List.copyOf(rids);
    }

    /** The raw {@code a=simulcast} value (RFC 8853 §5.1), e.g. {@code send q;h;f}. */
    public Optional<String> simulcast() {
        return simulcast;
    }

    /** Values of every {@code a=<name>} line of this section, in order (for attributes not typed here). */
    public List<String> attributeValues(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).toList();
    }

    public boolean hasAttribute(String name) {
        return attributes.stream().anyMatch(a -> a.name().equals(name));
    }

    /** Every line of the section, the m= line first, verbatim and without line ends. */
    public List<String> lines() {
        return lines;
    }

    /** The section as SDP text, each line ending in CRLF. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append("\r\n"));
        return out.toString();
    }
}
