/**
 * Who is calling: roles, principals and the verification of access and guest tokens. The
 * signalling and REST layers depend on the small interfaces here ({@link
 * org.vtp.server.auth.TokenVerifier}), never on how tokens are made; {@link
 * org.vtp.server.auth.TokenService} is the JWT implementation and the only class that knows jjwt.
 */
package org.vtp.server.auth;
