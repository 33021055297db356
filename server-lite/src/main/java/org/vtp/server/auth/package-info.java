/**
 * Who is calling: roles, principals and the verification of access and guest tokens. The
 * signalling and REST layers depend on the small interfaces here, never on how tokens are made.
 */
package org.vtp.server.auth;
