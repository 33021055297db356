package org.vtp.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vtp.server.auth.AuthException;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.TokenVerifier;

/**
 * One REST call, detached from netty (the body is copied, so handlers may run on any thread):
 * the path parameters, the JSON body with strict field checks, and the caller's principal.
 */
final class ApiRequest {

    /** Rejects duplicate keys: {@code {"role":"student","role":"admin"}} is not ambiguous, it is refused. */
    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final List<String> parameters;
    private final byte[] body;
    private final String authorization;
    private final String address;
    private final TokenVerifier verifier;
    private ObjectNode json;

    ApiRequest(List<String> parameters, byte[] body, String authorization, String address, TokenVerifier verifier) {
        this.parameters = List.copyOf(parameters);
        this.body = body;
        this.authorization = authorization;
        this.address = address;
        this.verifier = verifier;
    }

    /** The i-th {@code *} of the route. */
    String parameter(int index) {
        return parameters.get(index);
    }

    /** The caller's IP address (no port): the key for per-address throttling. */
    String address() {
        return address;
    }

    /** The bearer token's principal; 401 without a good one. */
    Principal principal() throws ApiException {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(HttpResponseStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "sign in: an Authorization: Bearer <accessToken> header is required");
        }
        try {
            return verifier.verify(authorization.substring(7).strip());
        } catch (AuthException e) {
            throw Errors.of(e);
        }
    }

    /** The body as a JSON object whose fields are all among {@code allowed}. */
    ObjectNode json(Set<String> allowed) throws ApiException {
        if (json == null) {
            json = parse();
        }
        for (var names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiException.invalid("unknown field " + Errors.quote(name));
            }
        }
        return json;
    }

    static Optional<String> string(ObjectNode body, String field) throws ApiException {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiException.invalid(field + " must be a string");
        }
        return Optional.of(node.textValue());
    }

    static String requiredString(ObjectNode body, String field) throws ApiException {
        return string(body, field).orElseThrow(() -> ApiException.invalid(field + " is required"));
    }

    static Optional<Boolean> bool(ObjectNode body, String field) throws ApiException {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw ApiException.invalid(field + " must be true or false");
        }
        return Optional.of(node.booleanValue());
    }

    private ObjectNode parse() throws ApiException {
        if (body.length == 0) {
            throw ApiException.invalid("a JSON object body is required");
        }
        try {
            JsonNode node = STRICT.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.invalid("the body must be a JSON object");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw ApiException.invalid("the body is not valid JSON");
        }
    }
}
