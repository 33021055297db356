package org.vtp.server.signalling;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A client event's payload, checked field by field: it must be a JSON object with only the fields
 * the event declares, each of the right type and size. Every failure is INVALID_ARGUMENT naming the
 * field; nothing here throws anything else.
 */
final class Payload {

    private final JsonNode object;

    private Payload(JsonNode object) {
        this.object = object;
    }

    /** @param fields every field the event may carry; others are refused */
    static Payload of(JsonNode data, String... fields) throws SignallingException {
        if (data == null || !data.isObject()) {
            throw SignallingException.invalid("payload must be an object");
        }
        Set<String> allowed = Set.of(fields);
        Iterator<String> names = data.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw SignallingException.invalid("unknown field " + abbreviate(name));
            }
        }
        return new Payload(data);
    }

    /** A string of minLength..maxLength UTF-16 units. */
    String string(String field, int minLength, int maxLength) throws SignallingException {
        return optionalString(field, minLength, maxLength)
                .orElseThrow(() -> SignallingException.invalid(field + " is required"));
    }

    /** Absent and JSON null are both "not given". */
    Optional<String> optionalString(String field, int minLength, int maxLength) throws SignallingException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw SignallingException.invalid(field + " must be a string");
        }
        String value = node.textValue();
        if (value.length() < minLength || value.length() > maxLength) {
            throw SignallingException.invalid(field + " must be " + minLength + "-" + maxLength + " characters");
        }
        return Optional.of(value);
    }

    boolean bool(String field) throws SignallingException {
        JsonNode node = object.get(field);
        if (node == null || !node.isBoolean()) {
            throw SignallingException.invalid(field + " must be true or false");
        }
        return node.booleanValue();
    }

    Optional<Integer> optionalInt(String field, int min, int max) throws SignallingException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw SignallingException.invalid(field + " must be an integer " + min + "-" + max);
        }
        return Optional.of(node.intValue());
    }

    /** An object of at most maxEntries string → string entries, keys and values 1..maxLength long. */
    Map<String, String> stringMap(String field, int maxEntries, int maxLength) throws SignallingException {
        JsonNode node = object.get(field);
        if (node == null || !node.isObject()) {
            throw SignallingException.invalid(field + " must be an object");
        }
        if (node.size() > maxEntries) {
            throw SignallingException.invalid(field + " may have at most " + maxEntries + " entries");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (entry.getKey().isEmpty() || entry.getKey().length() > maxLength || !value.isTextual()
                    || value.textValue().isEmpty() || value.textValue().length() > maxLength) {
                throw SignallingException.invalid(field + " must map names to ids of 1-" + maxLength + " characters");
            }
            map.put(entry.getKey(), value.textValue());
        }
        return map;
    }

    private static String abbreviate(String name) {
        return name.length() <= 32 ? name : name.substring(0, 32) + "...";
    }
}
