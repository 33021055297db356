package org.vtp.client.signalling;

import org.json.JSONObject;

/**
 * Interprets the single acknowledgement argument of a request (protocol.md): {@code {ok: true,
 * ...}} is the answer; {@code {ok: false, error: {code, message}}} becomes a
 * {@link SignallingException} with that code; anything else is {@code MALFORMED_ACK}.
 */
public final class Acks {
    private Acks() {
    }

    /** @throws SignallingException for a refusal or a malformed acknowledgement */
    public static JSONObject unwrap(Object[] args) {
        if (args == null || args.length == 0 || !(args[0] instanceof JSONObject ack)) {
            throw new SignallingException(SignallingException.MALFORMED_ACK, "acknowledgement is not an object");
        }
        Object ok = ack.opt("ok");
        if (Boolean.TRUE.equals(ok)) {
            return ack;
        }
        if (!Boolean.FALSE.equals(ok)) {
            throw new SignallingException(SignallingException.MALFORMED_ACK, "acknowledgement without boolean ok");
        }
        JSONObject error = ack.optJSONObject("error");
        String code = error == null ? null : error.optString("code", null);
        if (code == null || code.isEmpty()) {
            throw new SignallingException(SignallingException.MALFORMED_ACK, "refusal without error code");
        }
        return throwRefusal(code, error.optString("message", ""));
    }

    private static JSONObject throwRefusal(String code, String message) {
        throw new SignallingException(code, message);
    }
}
