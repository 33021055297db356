package org.vtp.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;

/** A successful API answer; {@code body} null means 204 No Content. */
record ApiResponse(HttpResponseStatus status, JsonNode body) {

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(HttpResponseStatus.OK, body);
    }

    static ApiResponse created(JsonNode body) {
        return new ApiResponse(HttpResponseStatus.CREATED, body);
    }

    static ApiResponse noContent() {
        return new ApiResponse(HttpResponseStatus.NO_CONTENT, null);
    }
}
