package org.vtp.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.Optional;

/** A refused API request: its status, a code from rest-api.md and a human message. */
final class ApiException extends Exception {

    private final HttpResponseStatus status;
    private final String code;
    private final Duration retryAfter;

    ApiException(HttpResponseStatus status, String code, String message) {
        this(status, code, message, null);
    }

    ApiException(HttpResponseStatus status, String code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiException invalid(String message) {
        return new ApiException(HttpResponseStatus.BAD_REQUEST, "INVALID_ARGUMENT", message);
    }

    static ApiException forbidden(String message) {
        return new ApiException(HttpResponseStatus.FORBIDDEN, "FORBIDDEN", message);
    }

    static ApiException notFound() {
        return new ApiException(HttpResponseStatus.NOT_FOUND, "NOT_FOUND", "no such resource");
    }

    HttpResponseStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
