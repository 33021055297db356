package org.vtp.sfu.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.sfu.api.Codec.H264;
import static org.vtp.sfu.api.Codec.VP8;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vtp.sfu.api.Codec;

class ClassVideoCodecTest {

    private static final Optional<Set<Codec>> BOTH = Optional.of(Set.of(VP8, H264));
    private static final Optional<Set<Codec>> ONLY_H264 = Optional.of(Set.of(H264));
    private static final Optional<Set<Codec>> ONLY_VP8 = Optional.of(Set.of(VP8));

    private final ClassVideoCodec choice = new ClassVideoCodec();

    @Test
    void aClassStartsWithVp8() {
        assertThat(choice.current()).isEqualTo(VP8);
        assertThat(choice.videoCodecWith("teacher", BOTH)).isEqualTo(VP8);
    }

    @Test
    void anH264OnlyStudentJoiningAClassWhoseOthersOfferH264SwitchesItToH264() {
        choice.offerApplied("teacher", BOTH);
        choice.offerApplied("student1", BOTH);

        assertThat(choice.videoCodecWith("ipad", ONLY_H264)).isEqualTo(H264);
        assertThat(choice.current()).as("asking changes nothing").isEqualTo(VP8);
        choice.offerApplied("ipad", ONLY_H264);
        assertThat(choice.current()).isEqualTo(H264);
    }

    @Test
    void theClassReturnsToVp8WhenTheLastH264OnlyClientLeaves() {
        choice.offerApplied("teacher", BOTH);
        choice.offerApplied("ipad", ONLY_H264);

        choice.transportClosed("ipad");

        assertThat(choice.current()).isEqualTo(VP8);
    }

    @Test
    void aVp8OnlyClientJoiningAnH264ClassWithAnH264OnlyClientChangesNothing() {
        choice.offerApplied("teacher", BOTH);
        choice.offerApplied("ipad", ONLY_H264);

        assertThat(choice.videoCodecWith("firefox", ONLY_VP8)).isEqualTo(H264);
        choice.offerApplied("firefox", ONLY_VP8);
        assertThat(choice.current()).isEqualTo(H264);
    }

    @Test
    void aClientWithoutVideoConstrainsNothingAndALaterOfferReplacesAnEarlierOne() {
        choice.offerApplied("ipad", ONLY_H264);
        choice.offerApplied("listener", Optional.empty());
        assertThat(choice.current()).isEqualTo(H264);

        choice.offerApplied("ipad", BOTH);

        assertThat(choice.current()).isEqualTo(VP8);
    }
}
