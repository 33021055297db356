package org.vtp.server.http;

import static org.vtp.server.http.ApiRequest.bool;
import static org.vtp.server.http.ApiRequest.requiredString;
import static org.vtp.server.http.ApiRequest.string;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.vtp.server.auth.Principal;
import org.vtp.server.auth.Role;
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.ClassroomStore;
import org.vtp.server.room.EndReason;
import org.vtp.server.room.RoomRegistry;

/**
 * {@code /api/v1/rooms} (classrooms: teachers and admins create; the owner or an admin reads,
 * changes, deletes and watches the live room). Join-code lookups are {@link JoinRoutes}'.
 */
final class RoomsApi {

    private static final int MAX_NAME = 100;

    private final ClassroomStore classrooms;
    private final RoomRegistry liveRooms;
    private final Supplier<URI> base;

    RoomsApi(ClassroomStore classrooms, RoomRegistry liveRooms, Supplier<URI> base) {
        this.classrooms = classrooms;
        this.liveRooms = liveRooms;
        this.base = base;
    }

    void register(ApiRouter.Routes routes) {
        routes.post("rooms", this::create);
        routes.get("rooms", this::mine);
        routes.get("rooms/*", this::read);
        routes.patch("rooms/*", this::update);
        routes.delete("rooms/*", this::delete);
        routes.get("rooms/*/live", this::live);
    }

    private ApiResponse create(ApiRequest r) throws ApiException, SQLException {
        Principal caller = AuthApi.user(r);
        if (caller.role() != Role.TEACHER && caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("only teachers and admins create rooms");
        }
        ObjectNode body = r.json(Set.of("name", "guestsAllowed", "waitingRoom"));
        Classroom created = classrooms.create(caller.subject(), name(requiredString(body, "name")),
                bool(body, "guestsAllowed").orElse(false), bool(body, "waitingRoom").orElse(false));
        return ApiResponse.created(ApiViews.classroom(created, base.get()));
    }

    private ApiResponse mine(ApiRequest r) throws ApiException, SQLException {
        Principal caller = AuthApi.user(r);
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Classroom classroom : classrooms.ownedBy(caller.subject())) {
            list.add(ApiViews.classroom(classroom, base.get()));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("rooms", list);
        return ApiResponse.ok(body);
    }

    /** Only called for ids that are classrooms (the router falls back to the live view otherwise). */
    private ApiResponse read(ApiRequest r) throws ApiException {
        Optional<Classroom> classroom = classrooms.byId(r.parameter(0));
        if (classroom.isEmpty()) {
            return null;
        }
        return ApiResponse.ok(ApiViews.classroom(owned(r, classroom), base.get()));
    }

    private ApiResponse update(ApiRequest r) throws ApiException, SQLException {
        Classroom classroom = owned(r, classrooms.byId(r.parameter(0)));
        ObjectNode body = r.json(Set.of("name", "guestsAllowed", "locked", "waitingRoom"));
        Optional<String> name = string(body, "name");
        ClassroomStore.Patch patch = new ClassroomStore.Patch(name.isPresent() ? Optional.of(name(name.get()))
                : Optional.empty(), bool(body, "guestsAllowed"), bool(body, "locked"), bool(body, "waitingRoom"));
        Classroom updated = classrooms.update(classroom.id(), patch).orElseThrow(ApiException::notFound);
        return ApiResponse.ok(ApiViews.classroom(updated, base.get()));
    }

    /**
     * Deletes the classroom, then ends its live room: everyone in it is told {@code roomClosed
     * {reason: "deleted"}} and disconnected (no wait: they hang up on their own). Deleted first, so
     * nobody can join again.
     */
    private ApiResponse delete(ApiRequest r) throws ApiException, SQLException {
        Classroom classroom = owned(r, classrooms.byId(r.parameter(0)));
        if (!classrooms.delete(classroom.id())) {
            throw ApiException.notFound();
        }
        liveRooms.end(classroom.id(), EndReason.DELETED);
        return ApiResponse.noContent();
    }

    /**
     * The live room view (protocol.md) of a classroom for its owner or an admin: null hands over
     * to the router's fallback. An id that is no classroom falls back too (rooms without accounts).
     */
    private ApiResponse live(ApiRequest r) throws ApiException {
        Optional<Classroom> classroom = classrooms.byId(r.parameter(0));
        if (classroom.isPresent()) {
            owned(r, classroom);
        }
        return null;
    }

    /** The owner or an admin; anyone else gets 403 (the id was already known to them). */
    private static Classroom owned(ApiRequest r, Optional<Classroom> classroom) throws ApiException {
        Principal caller = AuthApi.user(r);
        Classroom found = classroom.orElseThrow(ApiException::notFound);
        if (!caller.isAdmin() && !found.ownerId().equals(caller.subject())) {
            throw ApiException.forbidden("only the room's teacher or an admin may do this");
        }
        return found;
    }

    private static String name(String raw) throws ApiException {
        String name = raw.strip();
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid("name must be 1-" + MAX_NAME + " characters without control characters");
        }
        return name;
    }
}
