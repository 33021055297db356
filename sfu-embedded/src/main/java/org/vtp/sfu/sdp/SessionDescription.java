package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed SDP (RFC 8866) as WebRTC peers write it: session lines and m-sections, each kept
 * verbatim, with typed views of what the SFU needs. {@link #toString()} writes the lines back
 * with CRLF endings, so a CRLF input round-trips byte for byte. Immutable and thread-safe.
 *
 * <p>Limits against hostile input: {@value SdpLines#MAX_CHARS} characters, {@value #MAX_SECTIONS}
 * m-sections; the first line must be {@code v=0}; {@code o=}, {@code s=} and {@code t=} are
 * required at session level. Typed attributes that are malformed fail the parse; unknown
 * attributes are kept unread.
 */
public final class SessionDescription {

    /** More m-sections than any classroom client needs; caps per-offer work. */
    public static final int MAX_SECTIONS = 64;

    private final List<String> sessionLines;
    private final List<Attribute> attributes;
    private final Origin origin;
    private final TransportAttributes transport;
    private final Optional<Direction> direction;
    private final List<Group> groups = new ArrayList<>();
    private final Optional<MsidSemantic> msidSemantic;
    private final List<MediaSection> sections;

    private SessionDescription(List<String> sessionLines, List<MediaSection> sections) throws SdpParseException {
        this.sessionLines = List.copyOf(sessionLines);
        this.sections = List.copyOf(sections);
        this.origin = Origin.parse(lineNumberOf("o="), single("o=").substring(2));
        single("s=");
        single("t=");
        List<Attribute> attrs = new ArrayList<>();
        for (int i = 0; i < sessionLines.size(); i++) {
            if (sessionLines.get(i).startsWith("a=")) {
                attrs.add(Attribute.of(i + 1, sessionLines.get(i)));
            }
        }
        this.attributes = List.copyOf(attrs);
        this.transport = TransportAttributes.parse(attrs);
        this.direction = lastDirection(attrs);
        Optional<MsidSemantic> semantic = Optional.empty();
        for (Attribute a : attrs) {
            if ("group".equals(a.name())) {
                groups.add(Group.parse(a));
            } else if ("msid-semantic".equals(a.name())) {
                semantic = Optional.of(MsidSemantic.parse(a));
            }
        }
        this.msidSemantic = semantic;
    }

    /**
     * Parses SDP text.
     *
     * @throws SdpParseException for anything this model refuses, with the line number and reason
     */
    public static SessionDescription parse(String text) throws SdpParseException {
        List<String> lines = SdpLines.split(text);
        if (!"v=0".equals(lines.get(0))) {
            throw SdpParseException.atLine(1, "SDP must start with v=0");
        }
        int firstMedia = 0;
        while (firstMedia < lines.size() && !lines.get(firstMedia).startsWith("m=")) {
            firstMedia++;
        }
        List<MediaSection> sections = new ArrayList<>();
        int start = firstMedia;
        while (start < lines.size()) {
            if (sections.size() == MAX_SECTIONS) {
                throw SdpParseException.atLine(start + 1, "more than " + MAX_SECTIONS + " m-sections");
            }
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).startsWith("m=")) {
                end++;
            }
            sections.add(MediaSection.parse(lines.subList(start, end), start + 1));
            start = end;
        }
        return new SessionDescription(lines.subList(0, firstMedia), sections);
    }

    static Optional<Direction> lastDirection(List<Attribute> attributes) {
        Optional<Direction> found = Optional.empty();
        for (Attribute a : attributes) {
            Optional<Direction> d = a.value().isEmpty() ? Direction.fromAttribute(a.name()) : Optional.empty();
            if (d.isPresent()) {
                found = d;
            }
        }
        return found;
    }

    private String single(String prefix) throws SdpParseException {
        List<String> found = sessionLines.stream().filter(l -> l.startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new SdpParseException("SDP needs exactly one session-level " + prefix + " line, found " + found.size());
        }
        return found.get(0);
    }

    private int lineNumberOf(String prefix) {
        for (int i = 0; i < sessionLines.size(); i++) {
            if (sessionLines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    public Origin origin() {
        return origin;
    }

    public List<Group> groups() {
        return List.copyOf(groups);
    }

    /** The first {@code a=group:BUNDLE} group containing {@code mid}. */
    public Optional<Group> bundleGroupOf(String mid) {
        return groups.stream().filter(g -> g.isBundle() && g.mids().contains(mid)).findFirst();
    }

    /**
     * True for a section the offerer itself disabled: port 0 without {@code a=bundle-only}
     * (RFC 9143 §7.5.3, a stopped transceiver). Port 0 with {@code a=bundle-only} and a mid in a
     * BUNDLE group is a live section that shares the BUNDLE transport (RFC 9143 §7.2, JSEP
     * RFC 8829 §5.2.1, Firefox with {@code max-bundle}); outside a BUNDLE group the attribute is
     * discarded (RFC 9143 §6) and the section is disabled.
     */
    public boolean isRejectedInOffer(MediaSection section) {
        if (section.port() != 0) {
            return false;
        }
        return !section.bundleOnly() || section.mid().flatMap(this::bundleGroupOf).isEmpty();
    }

    public Optional<MsidSemantic> msidSemantic() {
        return msidSemantic;
    }

    /** Session-level ICE/DTLS attributes (Firefox puts the fingerprint here). */
    public TransportAttributes transport() {
        return transport;
    }

    /** The session-level direction attribute, if any (Firefox writes {@code a=sendrecv}). */
    public Optional<Direction> direction() {
        return direction;
    }

    public List<MediaSection> mediaSections() {
        return sections;
    }

    public Optional<MediaSection> section(String mid) {
        return sections.stream().filter(s -> s.mid().filter(mid::equals).isPresent()).findFirst();
    }

    /** A section's ICE/DTLS attributes, each missing one taken from session level (RFC 8839 §5.4). */
    public TransportAttributes transportOf(MediaSection section) {
        return section.transport().withFallback(transport);
    }

    /** A section's direction: its own, else the session's, else sendrecv (RFC 8866 §6.7). */
    public Direction directionOf(MediaSection section) {
        return section.direction().or(() -> direction).orElse(Direction.SENDRECV);
    }

    /** Values of every session-level {@code a=<name>} line, in order. */
    public List<String> attributeValues(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).toList();
    }

    /** The session-level lines, v= first, verbatim and without line ends. */
    public List<String> sessionLines() {
        return sessionLines;
    }

    /** The SDP text, each line ending in CRLF (RFC 8866 §5). */
    public String write() {
        StringBuilder out = new StringBuilder();
        sessionLines.forEach(l -> out.append(l).append("\r\n"));
        sections.forEach(s -> out.append(s));
        return out.toString();
    }

    /** Same as {@link #write()}. */
    @Override
    public String toString() {
        return write();
    }
}
