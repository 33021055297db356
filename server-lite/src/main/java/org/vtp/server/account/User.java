package org.vtp.server.account;

import java.time.Instant;
import org.vtp.server.auth.Role;

/**
 * An account as stored (without its password hash).
 *
 * @param tokenVersion access tokens issued under another version are refused
 */
public record User(String id, String email, String displayName, Role role, Instant createdAt, boolean disabled,
                   int tokenVersion) {
}
