package org.vtp.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.vtp.client.signalling.SignallingException;

class RoomMessagesTest {

    @Test
    void aJoinAnswerListsTheOtherPeersAndTheirProducers() throws Exception {
        JSONObject ack = new JSONObject("{\"ok\":true,\"peerId\":\"me\",\"roomId\":\"r1\",\"roomName\":\"Physics 7b\",\"peers\":["
                + "{\"peerId\":\"t\",\"displayName\":\"Teacher\",\"producers\":["
                + "{\"producerId\":\"p1\",\"kind\":\"video\",\"paused\":false},"
                + "{\"producerId\":\"p2\",\"kind\":\"audio\",\"paused\":true}]}]}");

        assertThat(RoomMessages.joined(ack)).isEqualTo(new JoinedRoom("me", "r1", "Physics 7b", List.of(
                new PeerInfo("t", "Teacher", List.of(
                        new ProducerInfo("p1", "video", false), new ProducerInfo("p2", "audio", true))))));
    }

    @Test
    void aJoinAnswerWithoutPeersIsAnEmptyRoom() throws Exception {
        assertThat(RoomMessages.joined(new JSONObject("{\"ok\":true,\"peerId\":\"me\",\"roomId\":\"r\"}")).peers())
                .isEmpty();
    }

    @Test
    void aJoinAnswerWithoutARoomNameOrWithANonStringOneHasAnEmptyName() throws Exception {
        assertThat(RoomMessages.joined(new JSONObject("{\"ok\":true,\"peerId\":\"me\",\"roomId\":\"r\"}")).roomName())
                .isEmpty();
        assertThat(RoomMessages.joined(new JSONObject("{\"ok\":true,\"peerId\":\"me\",\"roomId\":\"r\",\"roomName\":7}"))
                .roomName()).isEmpty();
    }

    @Test
    void malformedAnswersAreRefused() throws Exception {
        String[] hostile = {
            "{\"ok\":true,\"roomId\":\"r\"}",
            "{\"ok\":true,\"peerId\":\"me\",\"roomId\":\"r\",\"peers\":[42]}",
            "{\"ok\":true,\"peerId\":\"me\",\"roomId\":\"r\",\"peers\":[{\"peerId\":\"t\",\"producers\":"
                    + "[{\"producerId\":\"p\",\"kind\":\"screen\"}]}]}",
            "{\"ok\":true,\"peerId\":7,\"roomId\":\"r\"}"};
        for (String json : hostile) {
            JSONObject ack = new JSONObject(json);
            assertThatThrownBy(() -> RoomMessages.joined(ack)).isInstanceOf(SignallingException.class);
        }
    }
}
