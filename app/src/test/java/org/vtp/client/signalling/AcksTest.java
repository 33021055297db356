package org.vtp.client.signalling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class AcksTest {

    @Test
    void anOkAcknowledgementIsTheAnswer() throws Exception {
        JSONObject ack = new JSONObject("{\"ok\":true,\"producerId\":\"p1\"}");

        assertThat(Acks.unwrap(new Object[] {ack}).getString("producerId")).isEqualTo("p1");
    }

    @Test
    void aRefusalBecomesAnExceptionWithTheServersCode() throws Exception {
        JSONObject ack = new JSONObject(
                "{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no such producer\"}}");

        assertThatThrownBy(() -> Acks.unwrap(new Object[] {ack}))
                .isInstanceOfSatisfying(SignallingException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"))
                .hasMessageContaining("no such producer");
    }

    @Test
    void hostileAcknowledgementsAreMalformedNeverAnotherException() throws Exception {
        Object[][] hostile = {
            null, {}, {"ok"}, {42}, {new JSONObject()}, {new JSONObject("{\"ok\":\"true\"}")},
            {new JSONObject("{\"ok\":false}")}, {new JSONObject("{\"ok\":false,\"error\":\"x\"}")},
            {new JSONObject("{\"ok\":false,\"error\":{\"code\":\"\"}}")}};
        for (Object[] args : hostile) {
            assertThatThrownBy(() -> Acks.unwrap(args))
                    .isInstanceOfSatisfying(SignallingException.class,
                            e -> assertThat(e.code()).isEqualTo(SignallingException.MALFORMED_ACK));
        }
    }
}
