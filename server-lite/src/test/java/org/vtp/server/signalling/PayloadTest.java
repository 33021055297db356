package org.vtp.server.signalling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messagePart) {
        assertThatThrownBy(call).isInstanceOf(SignallingException.class)
                .hasMessageContaining(messagePart)
                .extracting(e -> ((SignallingException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"text\"", "42", "true", "[]", "[{}]"})
    void anythingButAnObjectIsRefused(String text) throws Exception {
        JsonNode data = json(text);
        assertInvalid(() -> Payload.of(data, "a"), "payload must be an object");
    }

    @Test
    void aMissingPayloadIsRefused() {
        assertInvalid(() -> Payload.of(null), "payload must be an object");
    }

    @Test
    void unknownFieldsAreRefusedByName() throws Exception {
        JsonNode data = json("{\"a\":1,\"b\":2}");
        assertInvalid(() -> Payload.of(data, "a"), "unknown field b");
    }

    @Test
    void aVeryLongUnknownFieldNameIsAbbreviatedInTheMessage() throws Exception {
        JsonNode data = json("{\"" + "x".repeat(5000) + "\":1}");
        assertThatThrownBy(() -> Payload.of(data)).message().hasSizeLessThan(100);
    }

    @Test
    void stringsAreCheckedForTypeAndLength() throws Exception {
        Payload payload = Payload.of(json("{\"s\":\"abc\",\"n\":5,\"z\":null}"), "s", "n", "z");

        assertThat(payload.string("s", 1, 3)).isEqualTo("abc");
        assertInvalid(() -> payload.string("s", 1, 2), "s must be 1-2 characters");
        assertInvalid(() -> payload.string("n", 1, 2), "n must be a string");
        assertInvalid(() -> payload.string("z", 1, 2), "z is required");
        assertInvalid(() -> payload.string("missing", 1, 2), "missing is required");
        assertThat(payload.optionalString("z", 0, 2)).isEmpty();
    }

    @Test
    void booleansAndIntegersAreStrict() throws Exception {
        Payload payload = Payload.of(json("{\"b\":true,\"t\":\"true\",\"i\":3,\"f\":1.5,\"big\":99999999999}"),
                "b", "t", "i", "f", "big");

        assertThat(payload.bool("b")).isTrue();
        assertInvalid(() -> payload.bool("t"), "t must be true or false");
        assertThat(payload.optionalInt("i", 0, 3)).contains(3);
        assertInvalid(() -> payload.optionalInt("i", 0, 2), "i must be an integer 0-2");
        assertInvalid(() -> payload.optionalInt("f", 0, 2), "f must be an integer");
        assertInvalid(() -> payload.optionalInt("big", 0, 2), "big must be an integer");
    }

    @Test
    void stringMapsAreBoundedInSizeAndEntries() throws Exception {
        Payload payload = Payload.of(json("{\"m\":{\"0\":\"a\",\"1\":\"b\"},\"bad\":{\"0\":1},"
                + "\"empty\":{\"\":\"a\"},\"arr\":[]}"), "m", "bad", "empty", "arr");

        assertThat(payload.stringMap("m", 2, 8)).isEqualTo(Map.of("0", "a", "1", "b"));
        assertInvalid(() -> payload.stringMap("m", 1, 8), "at most 1 entries");
        assertInvalid(() -> payload.stringMap("bad", 2, 8), "must map names to ids");
        assertInvalid(() -> payload.stringMap("empty", 2, 8), "must map names to ids");
        assertInvalid(() -> payload.stringMap("arr", 2, 8), "arr must be an object");
    }
}
