/**
 * User accounts: the users table, bcrypt passwords and their policy, rotating refresh tokens,
 * login throttling, the security audit log, and the use cases that tie them together
 * ({@link org.vtp.server.account.AccountService}). Uses {@code org.vtp.server.auth} to issue
 * tokens; must not import HTTP, netty, signalling or rooms.
 */
package org.vtp.server.account;
