package org.vtp.server.auth;

/** Checks an access token (JWT) or a guest token and says who presents it. Thread-safe, fast. */
public interface TokenVerifier {

    Principal verify(String token) throws AuthException;
}
