package org.vtp.server.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.server.testing.RestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.testing.Eventually;
import org.vtp.server.testing.RestClient;
import org.vtp.server.testing.RestClient.Answer;
import org.vtp.server.testing.TestSocket;

/** Classrooms over REST with ownership, and the validation table: every bad request is a clear 4xx. */
class RoomsApiIT {

    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dataDir;
    static VtpServer server;
    static RestClient api;
    static String admin;
    static String teacher;
    static String otherTeacher;
    static String student;

    @BeforeAll
    static void start() throws Exception {
        server = VtpServer.startSecured(ServerConfig.loopback(dataDir), new FakeRouterFactory());
        api = new RestClient(server.localUri());
        String token = server.setupUri().orElseThrow().getFragment().substring("token=".length());
        api.post("/api/v1/setup", json("token", token, "email", "root@example.org", "displayName", "Root",
                "password", PASSWORD), null);
        admin = login("root@example.org");
        teacher = create("tess@example.org", "teacher");
        otherTeacher = create("tom@example.org", "teacher");
        student = create("sam@example.org", "student");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String login(String email) throws Exception {
        return api.post("/api/v1/auth/login", json("email", email, "password", PASSWORD), null)
                .body().get("accessToken").asText();
    }

    static String create(String email, String role) throws Exception {
        assertThat(api.post("/api/v1/admin/users", json("email", email, "displayName", email, "password", PASSWORD,
                "role", role), admin).status()).isEqualTo(201);
        return login(email);
    }

    static JsonNode newRoom(String name) throws Exception {
        Answer created = api.post("/api/v1/rooms", json("name", name, "guestsAllowed", true), teacher);
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    @Test
    void aTeacherCreatesARoomWithAReadableCodeAndAJoinLink() throws Exception {
        JsonNode room = newRoom("Maths 7B");

        assertThat(room.get("name").asText()).isEqualTo("Maths 7B");
        assertThat(room.get("code").asText()).matches("[a-z2-9]{3}-[a-z2-9]{3}-[a-z2-9]{3}");
        assertThat(room.get("joinUrl").asText()).isEqualTo(server.localUri().resolve("/join/"
                + room.get("code").asText()).toString());
        assertThat(room.get("guestsAllowed").asBoolean()).isTrue();
        assertThat(server.accounts().classrooms().byId(room.get("id").asText())).isPresent();
    }

    @Test
    void studentsCannotCreateRooms() throws Exception {
        Answer refused = api.post("/api/v1/rooms", json("name", "Mine"), student);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void myRoomsListsOnlyMine() throws Exception {
        String id = newRoom("Listed").get("id").asText();

        assertThat(api.get("/api/v1/rooms", teacher).body().get("rooms").findValuesAsText("id")).contains(id);
        assertThat(api.get("/api/v1/rooms", otherTeacher).body().get("rooms").findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void onlyTheOwnerOrAnAdminReadsChangesAndDeletes() throws Exception {
        String path = "/api/v1/rooms/" + newRoom("Owned").get("id").asText();

        assertThat(api.get(path, otherTeacher).status()).isEqualTo(403);
        assertThat(api.patch(path, json("locked", true), otherTeacher).status()).isEqualTo(403);
        assertThat(api.delete(path, student).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, admin).status()).isEqualTo(200);

        Answer patched = api.patch(path, json("locked", true, "waitingRoom", true, "name", "Renamed"), teacher);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("locked").asBoolean()).isTrue();
        assertThat(patched.body().get("waitingRoom").asBoolean()).isTrue();
        assertThat(patched.body().get("guestsAllowed").asBoolean()).as("untouched").isTrue();
        assertThat(api.get(path, teacher).body().get("name").asText()).isEqualTo("Renamed");

        assertThat(api.delete(path, admin).status()).isEqualTo(204);
        assertThat(api.get(path, teacher).status()).isEqualTo(404);
    }

    @Test
    void deletingARoomWithPeopleInItTellsThemItWasDeletedAndDisconnectsThem() throws Exception {
        String id = newRoom("Deleted while in use").get("id").asText();
        try (TestSocket owner = TestSocket.connect(server.localUri(), teacher);
             TestSocket root = TestSocket.connect(server.localUri(), admin)) {
            assertThat(owner.join(id, "Tess").getBoolean("ok")).isTrue();
            assertThat(root.join(id, "Root").getBoolean("ok")).isTrue();

            assertThat(api.delete("/api/v1/rooms/" + id, teacher).status()).isEqualTo(204);

            for (TestSocket socket : List.of(owner, root)) {
                assertThat(socket.await("roomClosed").getString("reason")).isEqualTo("deleted");
                assertThat(socket.await(TestSocket.DISCONNECTED).getString("reason")).isEqualTo("io server disconnect");
            }
            Eventually.until("the live room is gone", () -> server.rooms().find(id).isEmpty());
        }
    }

    @Test
    void aJoinCodeFindsItsRoomHoweverItIsTyped() throws Exception {
        JsonNode room = newRoom("By code");
        String typed = room.get("code").asText().replace("-", "").toUpperCase();

        Answer found = api.get("/api/v1/rooms/by-code/" + typed, null);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("roomId").asText()).isEqualTo(room.get("id").asText());
        assertThat(found.body().get("name").asText()).isEqualTo("By code");
        assertThat(found.body().has("ownerId")).isFalse();
        assertThat(api.get("/api/v1/rooms/by-code/zzz-zzz-zzz", null).status()).isEqualTo(404);
    }

    @Test
    void theLiveViewOfAClassroomIsForItsOwnerAndAdmins() throws Exception {
        String path = "/api/v1/rooms/" + newRoom("Live").get("id").asText() + "/live";

        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, otherTeacher).status()).isEqualTo(403);
        assertThat(api.get(path, teacher).errorCode()).as("nobody is in it").isEqualTo("NOT_FOUND");
        assertThat(api.get(path, admin).errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theLiveRoomViewStillAnswersForRoomsThatAreNoClassroom() throws Exception {
        assertThat(api.get("/api/v1/rooms/not-a-classroom", null).errorCode()).isEqualTo("NOT_FOUND");
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "POST  | /api/v1/auth/register | {\"email\":\"x@example.org\",\"displayName\":\"X\"}             | NONE    | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":\"not-an-email\",\"displayName\":\"X\",\"password\":\"correct horse battery\"} | NONE | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":\"y@example.org\",\"displayName\":\"\",\"password\":\"correct horse battery\"} | NONE | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":\"y@example.org\",\"displayName\":\"Y\",\"password\":\"short\"} | NONE | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":\"y@example.org\",\"displayName\":\"Y\",\"password\":\"password123\"} | NONE | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":\"tess@example.org\",\"displayName\":\"T\",\"password\":\"correct horse battery\"} | NONE | 409 | EMAIL_TAKEN",
            "POST  | /api/v1/auth/register | {\"email\":1,\"displayName\":\"X\",\"password\":\"correct horse battery\"} | NONE | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":\"z@example.org\",\"displayName\":\"Z\",\"password\":\"correct horse battery\",\"role\":\"admin\"} | NONE | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":\"z@example.org\",\"email\":\"w@example.org\"} | NONE | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | [1,2,3]                 | NONE    | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | {\"email\":             | NONE    | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | NULL                    | NONE    | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/register | null                    | NONE    | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/login    | {}                      | NONE    | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/refresh  | {\"refreshToken\":\"nope\"} | NONE | 401 | INVALID_TOKEN",
            "POST  | /api/v1/auth/refresh  | {\"refreshToken\":7}    | NONE    | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/auth/logout   | {}                      | NONE    | 400 | INVALID_ARGUMENT",
            "GET   | /api/v1/auth/profile  | NULL                    | NONE    | 401 | UNAUTHENTICATED",
            "GET   | /api/v1/auth/profile  | NULL                    | GARBAGE | 401 | INVALID_TOKEN",
            "POST  | /api/v1/auth/change-password | {\"currentPassword\":\"x\"} | TEACHER | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/rooms         | {}                      | TEACHER | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/rooms         | {\"name\":\"   \"}      | TEACHER | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/rooms         | {\"name\":\"x\",\"guestsAllowed\":\"yes\"} | TEACHER | 400 | INVALID_ARGUMENT",
            "POST  | /api/v1/rooms         | {\"name\":\"bell\\u0007\"} | TEACHER | 400 | INVALID_ARGUMENT",
            "PATCH | /api/v1/rooms/no-such-room | {\"locked\":true}  | TEACHER | 404 | NOT_FOUND",
            "PATCH | /api/v1/admin/users/x | {}                      | ADMIN   | 400 | INVALID_ARGUMENT",
            "PATCH | /api/v1/admin/users/x | {\"role\":\"guest\"}    | ADMIN   | 400 | INVALID_ARGUMENT",
            "PATCH | /api/v1/admin/users/x | {\"role\":\"teacher\"}  | ADMIN   | 404 | NOT_FOUND",
            "POST  | /api/v1/admin/users   | {\"email\":\"q@example.org\",\"displayName\":\"Q\",\"password\":\"correct horse battery\",\"role\":\"king\"} | ADMIN | 400 | INVALID_ARGUMENT",
            "PUT   | /api/v1/rooms         | {}                      | TEACHER | 405 | METHOD_NOT_ALLOWED",
            "GET   | /api/v1/nothing       | NULL                    | NONE    | 404 | NOT_FOUND",
            "GET   | /api/v1/rooms/a/b     | NULL                    | TEACHER | 404 | NOT_FOUND",
            "GET   | /api/v1/rooms/%2e%2e/live | NULL                | NONE    | 404 | NOT_FOUND",
            "GET   | /api/v1/rooms/by-code/%2e%2e | NULL             | NONE    | 404 | NOT_FOUND"})
    void badRequestsGetAClearClientError(String method, String path, String body, String caller, int status,
                                         String code) throws Exception {
        Answer answer = api.send(method.strip(), path.strip(), body == null ? null : body.strip(), "application/json",
                token(caller.strip()));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.errorCode()).isEqualTo(code.strip());
        assertThat(answer.body().at("/error/message").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsUnsupported() throws Exception {
        Answer answer = api.send("POST", "/api/v1/auth/login", "email=a&password=b",
                "application/x-www-form-urlencoded", null);

        assertThat(answer.status()).isEqualTo(415);
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        Answer answer = api.send("POST", "/api/v1/auth/login", "{\"email\":\"" + "a".repeat(40_000) + "\"}",
                "application/json", null);

        assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    void aRefusedRegistrationWritesNoRow() throws Exception {
        api.post("/api/v1/auth/register", json("email", "half@example.org", "displayName", "H",
                "password", "short"), null);

        assertThat(api.get("/api/v1/admin/users", admin).body().get("users").findValuesAsText("email"))
                .doesNotContain("half@example.org");
    }

    private static String token(String caller) {
        return switch (caller) {
            case "TEACHER" -> teacher;
            case "ADMIN" -> admin;
            case "GARBAGE" -> "not.a.token";
            default -> null;
        };
    }
}
