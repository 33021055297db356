package org.vtp.client.signalling;

import org.json.JSONException;
import org.json.JSONObject;

/** Builds payloads with the org.json version socket.io-client ships (its exceptions are checked). */
public final class Json {
    private Json() {
    }

    /** @param keysAndValues alternating String keys and values (null values are left out) */
    public static JSONObject object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        JSONObject o = new JSONObject();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            put(o, (String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return o;
    }

    public static JSONObject put(JSONObject target, String key, Object value) {
        try {
            return target.put(key, value);
        } catch (JSONException e) {
            throw new IllegalArgumentException("cannot put " + key, e);
        }
    }

    /** A required string field, or a {@link SignallingException} {@code MALFORMED_ACK}. */
    public static String string(JSONObject o, String key) {
        Object v = o.opt(key);
        if (!(v instanceof String s) || s.isEmpty()) {
            throw new SignallingException(SignallingException.MALFORMED_ACK, "missing string field " + key);
        }
        return s;
    }
}
