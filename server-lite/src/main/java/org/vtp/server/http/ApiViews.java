package org.vtp.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Locale;
import org.vtp.server.account.AuditLog;
import org.vtp.server.account.Session;
import org.vtp.server.account.User;
import org.vtp.server.auth.TokenService;
import org.vtp.server.classroom.Classroom;

/** The JSON shapes of rest-api.md. Never includes a password hash. */
final class ApiViews {

    private ApiViews() {
    }

    static ObjectNode user(User user) {
        return JsonNodeFactory.instance.objectNode().put("id", user.id()).put("email", user.email())
                .put("displayName", user.displayName()).put("role", user.role().name().toLowerCase(Locale.ROOT))
                .put("createdAt", user.createdAt().toString()).put("disabled", user.disabled());
    }

    static ObjectNode session(Session session) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("accessToken", session.accessToken())
                .put("refreshToken", session.refreshToken()).put("tokenType", "Bearer")
                .put("expiresIn", TokenService.ACCESS_TTL.toSeconds());
        node.set("user", user(session.user()));
        return node;
    }

    static ObjectNode classroom(Classroom classroom, URI base) {
        return JsonNodeFactory.instance.objectNode().put("id", classroom.id()).put("name", classroom.name())
                .put("code", classroom.code()).put("joinUrl", base.resolve("/join/" + classroom.code()).toString())
                .put("ownerId", classroom.ownerId()).put("guestsAllowed", classroom.guestsAllowed())
                .put("locked", classroom.locked()).put("waitingRoom", classroom.waitingRoom());
    }

    static ObjectNode event(AuditLog.Event event) {
        return JsonNodeFactory.instance.objectNode().put("id", event.id()).put("at", event.at().toString())
                .put("event", event.event()).put("actorId", event.actorId()).put("subject", event.subject())
                .put("address", event.address()).put("detail", event.detail());
    }
}
