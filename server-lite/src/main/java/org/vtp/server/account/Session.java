package org.vtp.server.account;

/** What a successful login, registration or refresh hands back. */
public record Session(String accessToken, String refreshToken, User user) {
}
