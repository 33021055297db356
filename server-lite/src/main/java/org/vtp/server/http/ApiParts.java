package org.vtp.server.http;

import java.net.URI;
import java.util.function.Supplier;
import org.vtp.server.account.AccountService;
import org.vtp.server.account.AuditLog;
import org.vtp.server.account.FirstAdminSetup;
import org.vtp.server.auth.TokenVerifier;
import org.vtp.server.classroom.ClassroomStore;
import org.vtp.server.room.RoomRegistry;

/**
 * What the REST API is built from.
 *
 * @param publicBase {@code http://<public address>:<port>/}, for join links (known after binding)
 * @param liveRooms the live rooms: deleting a classroom ends its room for the people in it
 */
public record ApiParts(TokenVerifier tokens, AccountService accounts, FirstAdminSetup setup,
                       ClassroomStore classrooms, AuditLog audit, Supplier<URI> publicBase,
                       RoomRegistry liveRooms) {
}
