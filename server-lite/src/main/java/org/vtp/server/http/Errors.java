package org.vtp.server.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.vtp.server.account.AccountException;
import org.vtp.server.auth.AuthException;

/** How refusals of the account layer become HTTP answers (the table in rest-api.md). */
final class Errors {

    private Errors() {
    }

    static ApiException of(AccountException e) {
        HttpResponseStatus status = switch (e.code()) {
            case INVALID_ARGUMENT -> HttpResponseStatus.BAD_REQUEST;
            case BAD_CREDENTIALS, INVALID_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN -> HttpResponseStatus.UNAUTHORIZED;
            case THROTTLED -> HttpResponseStatus.TOO_MANY_REQUESTS;
            case EMAIL_TAKEN, CONFLICT -> HttpResponseStatus.CONFLICT;
            case REGISTRATION_CLOSED, FORBIDDEN -> HttpResponseStatus.FORBIDDEN;
            case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
        };
        return new ApiException(status, e.code().name(), e.getMessage(), e.retryAfter().orElse(null));
    }

    static ApiException of(AuthException e) {
        HttpResponseStatus status = e.code() == AuthException.Code.THROTTLED
                ? HttpResponseStatus.TOO_MANY_REQUESTS : HttpResponseStatus.UNAUTHORIZED;
        return new ApiException(status, e.code().name(), e.getMessage());
    }

    /** A client-supplied name in a message: cut and stripped of anything odd. */
    static String quote(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + cut.replaceAll("[^A-Za-z0-9_ .-]", "?") + "\"";
    }
}
