package org.vtp.sfu.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the SDP answer (JSEP RFC 8829 §5.3.1) for a plan: every offered m-section in offer order,
 * accepted ones with the SFU's transport (DTLS passive, RFC 5763 §5), rejected ones with port 0
 * (RFC 3264 §6). Every accepted section is bundled and gets the answerer BUNDLE port, also one
 * offered bundle-only, and none gets {@code a=bundle-only} (RFC 9143 §7.3, JSEP §5.3.1); the
 * offerer-tagged mid leads the group (§7.3.1). Like libwebrtc's and Firefox's own answers, the
 * transport attributes are repeated in each accepted section (identical values; RFC 9143 §7.1.3
 * would have them in the tagged section only, but both browsers accept the repetition).
 */
final class AnswerWriter {

    private final StringBuilder out = new StringBuilder();
    private final LocalTransportParams local;

    private AnswerWriter(LocalTransportParams local) {
        this.local = local;
    }

    static String write(String sessionId, long version, LocalTransportParams local, List<SectionPlan> plans,
                        Optional<MediaSection> tag) {
        AnswerWriter w = new AnswerWriter(local);
        w.session(sessionId, version, plans, tag);
        for (SectionPlan plan : plans) {
            if (plan instanceof SectionPlan.Accepted a) {
                w.accepted(a);
            } else {
                w.rejected(plan.offered());
            }
        }
        return w.out.toString();
    }

    private void line(String text) {
        out.append(text).append("\r\n");
    }

    private void session(String sessionId, long version, List<SectionPlan> plans, Optional<MediaSection> tag) {
        line("v=0");
        line("o=- " + sessionId + " " + version + " IN IP4 127.0.0.1");
        line("s=-");
        line("t=0 0");
        List<String> mids = new ArrayList<>();
        tag.flatMap(MediaSection::mid).ifPresent(mids::add);
        plans.stream().filter(p -> p instanceof SectionPlan.Accepted).map(p -> p.offered().mid().orElseThrow())
                .filter(mid -> !mids.contains(mid)).forEach(mids::add);
        if (!mids.isEmpty()) {
            line("a=group:BUNDLE " + String.join(" ", mids));
        }
        line("a=msid-semantic: WMS *");
    }

    private void accepted(SectionPlan.Accepted a) {
        String formats = String.join(" ", a.codecs().stream().map(c -> String.valueOf(c.rtpMap().payloadType())).toList());
        line("m=" + a.kind().sdpName() + " 9 " + OfferPlanner.PROTO + " " + formats);
        line("c=IN IP4 0.0.0.0");
        line("a=rtcp:9 IN IP4 0.0.0.0");
        line("a=ice-ufrag:" + local.iceUfrag());
        line("a=ice-pwd:" + local.icePwd());
        line("a=fingerprint:" + local.fingerprint().toAttributeValue());
        line("a=setup:passive");
        line("a=mid:" + a.offered().mid().orElseThrow());
        a.extensions().forEach(e -> line("a=extmap:" + e.toAttributeValue()));
        line(a.inactive() ? "a=inactive" : a.sfuSends() ? "a=sendonly" : "a=recvonly");
        if (a.decision() instanceof MidDecision.Send s) {
            line("a=msid:" + s.streamId() + " " + s.trackId());
        }
        line("a=rtcp-mux");
        if (a.offered().rtcpRsize()) {
            line("a=rtcp-rsize");
        }
        a.codecs().forEach(this::codec);
        if (a.decision() instanceof MidDecision.Send s) {
            line("a=ssrc:" + s.ssrc() + " cname:" + s.cname());
            line("a=ssrc:" + s.ssrc() + " msid:" + s.streamId() + " " + s.trackId());
        }
        local.candidates().forEach(c -> line("a=" + c));
        line("a=end-of-candidates");
    }

    private void codec(CodecChoice codec) {
        int pt = codec.rtpMap().payloadType();
        line("a=rtpmap:" + codec.rtpMap().toAttributeValue());
        codec.rtcpFeedback().forEach(f -> line("a=rtcp-fb:" + pt + " " + f));
        codec.fmtp().ifPresent(f -> line("a=fmtp:" + pt + " " + f));
    }

    /** Port 0, the offered proto and first format; c= keeps the section valid without session c=. */
    private void rejected(MediaSection offered) {
        line("m=" + offered.media() + " 0 " + offered.proto() + " " + offered.formats().get(0));
        line("c=IN IP4 0.0.0.0");
        offered.mid().ifPresent(mid -> line("a=mid:" + mid));
    }
}
