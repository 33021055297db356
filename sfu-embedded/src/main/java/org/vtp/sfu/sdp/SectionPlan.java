package org.vtp.sfu.sdp;

import java.util.List;
import org.vtp.sfu.api.MediaKind;

/** How one offered m-section will be answered. */
sealed interface SectionPlan permits SectionPlan.Accepted, SectionPlan.Rejected {

    MediaSection offered();

    /** Answered with our transport, its codecs (at least one) and the extensions the SFU uses. */
    record Accepted(MediaSection offered, MidDecision decision, MediaKind kind, List<CodecChoice> codecs,
                    List<ExtMap> extensions) implements SectionPlan {

        public Accepted {
            codecs = List.copyOf(codecs);
            extensions = List.copyOf(extensions);
        }

        boolean sfuSends() {
            return decision instanceof MidDecision.Send;
        }

        boolean inactive() {
            return decision instanceof MidDecision.Inactive;
        }
    }

    /** Answered with port 0. */
    record Rejected(MediaSection offered, RejectedSection.Cause cause) implements SectionPlan {
    }
}
