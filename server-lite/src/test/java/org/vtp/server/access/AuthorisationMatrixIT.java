package org.vtp.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.auth.Role;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.testing.Eventually;
import org.vtp.server.testing.RestClient;
import org.vtp.server.testing.RestClient.Answer;
import org.vtp.server.testing.StoreUsers;
import org.vtp.server.testing.StoreUsers.SignedIn;
import org.vtp.server.testing.TestSocket;

/**
 * Role × action → allowed / refused, on the production setup ({@link VtpServer#startSecured}: the
 * H2 store in a real data directory, its JWT token service, its classrooms; only the SFU is fake).
 * Users are stored accounts signed in over REST; guests get their tokens from the join flow.
 * Signalling: each case gets a fresh classroom created over REST by its owning teacher, where a
 * student, the victim, has joined and published a video track. REST: every room and admin call.
 */
class AuthorisationMatrixIT {

    private static final String OK = "ok";

    @TempDir
    static Path dataDir;
    static VtpServer server;
    static RestClient api;
    static StoreUsers users;
    static SignedIn admin;
    static SignedIn owner;
    static SignedIn otherTeacher;
    static SignedIn student;
    static SignedIn victim;
    static SignedIn target;
    static String revokedToken;
    static String otherRoomGuestToken;

    private final List<TestSocket> sockets = new ArrayList<>();

    @BeforeAll
    static void startServerWithAccounts() throws Exception {
        server = VtpServer.startSecured(ServerConfig.loopback(dataDir), new FakeRouterFactory());
        api = new RestClient(server.localUri());
        users = new StoreUsers(server);
        admin = users.create("ada@school.example", "Ada", Role.ADMIN);
        owner = users.create("tom@school.example", "Tom", Role.TEACHER);
        otherTeacher = users.create("tia@school.example", "Tia", Role.TEACHER);
        student = users.create("sue@school.example", "Sue", Role.STUDENT);
        victim = users.create("vic@school.example", "Vic", Role.STUDENT);
        target = users.create("tim@school.example", "Tim", Role.STUDENT);
        SignedIn revoked = users.create("rex@school.example", "Rex", Role.STUDENT);
        assertThat(api.patch("/api/v1/admin/users/" + revoked.id(), RestClient.json("disabled", true), admin.token())
                .status()).isEqualTo(200);
        revokedToken = revoked.token();
        JsonNode otherRoom = users.createRoom(otherTeacher.token(), "Elsewhere", true);
        otherRoomGuestToken = users.guestToken(otherRoom.get("code").asText(), "Gil");
        System.out.println("[matrix] REST login over loopback, bcrypt cost 12: " + users.loginLatency());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(TestSocket::close);
    }

    /** Who acts. Guests get a token for the case's classroom from its join code. */
    enum Actor {
        ADMIN, OWNER, OTHER_TEACHER, STUDENT, GUEST, GUEST_OF_OTHER_ROOM, NO_TOKEN, BAD_TOKEN,
        /** A student's real JWT with its role claim edited to admin: the signature no longer matches. */
        FORGED_ADMIN,
        /** A real JWT of a user an admin has disabled since it was issued. */
        DISABLED_USER;

        String token(JsonNode classroom) throws Exception {
            return switch (this) {
                case ADMIN -> admin.token();
                case OWNER -> owner.token();
                case OTHER_TEACHER -> otherTeacher.token();
                case STUDENT -> student.token();
                case GUEST -> users.guestToken(classroom.get("code").asText(), "Gus");
                case GUEST_OF_OTHER_ROOM -> otherRoomGuestToken;
                case NO_TOKEN -> null;
                case BAD_TOKEN -> "forged";
                case FORGED_ADMIN -> withRoleClaim(student.token(), "admin");
                case DISABLED_USER -> revokedToken;
            };
        }
    }

    // ---------------------------------------------------------------- signalling

    enum Event { HANDSHAKE, JOIN_ROOM, PRODUCE, CONNECT_TRANSPORT, ICE_CANDIDATE, CONSUME, CLOSE_OWN_CONSUMER,
        CLOSE_OWN_PRODUCER, CLOSE_OTHER_PRODUCER, PAUSE_OWN_PRODUCER, PAUSE_OTHER_PRODUCER, GET_ROOM_INFO,
        GET_PARTICIPANTS, LEAVE_ROOM, REMOVE_PEER, LOCK_ROOM }

    /** Expected answers per actor, in the order of {@link Event}. */
    static Stream<Arguments> signallingMatrix() {
        String no = "FORBIDDEN";
        String[] moderator = {OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, no, OK, OK, OK, OK, OK};
        String[] participant = {OK, OK, OK, OK, OK, OK, OK, OK, no, OK, no, OK, OK, OK, no, no};
        String[] wrongRoom = new String[Event.values().length];
        Arrays.fill(wrongRoom, "NOT_JOINED");
        wrongRoom[Event.HANDSHAKE.ordinal()] = OK;
        wrongRoom[Event.JOIN_ROOM.ordinal()] = no;
        String[] refused = new String[Event.values().length];
        Arrays.fill(refused, "UNAUTHENTICATED");
        List<Arguments> cases = new ArrayList<>();
        add(cases, Actor.ADMIN, moderator);
        add(cases, Actor.OWNER, moderator);
        add(cases, Actor.OTHER_TEACHER, participant);
        add(cases, Actor.STUDENT, participant);
        add(cases, Actor.GUEST, participant);
        add(cases, Actor.GUEST_OF_OTHER_ROOM, wrongRoom);
        add(cases, Actor.NO_TOKEN, refused);
        add(cases, Actor.BAD_TOKEN, refused);
        add(cases, Actor.FORGED_ADMIN, refused);
        add(cases, Actor.DISABLED_USER, refused);
        return cases.stream();
    }

    private static void add(List<Arguments> cases, Actor actor, String[] expected) {
        assertThat(expected).hasSize(Event.values().length);
        for (Event event : Event.values()) {
            cases.add(Arguments.of(actor, event, expected[event.ordinal()]));
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("signallingMatrix")
    void eachRoleMaySendExactlyTheEventsItsRoleAllows(Actor actor, Event event, String expected) throws Exception {
        JsonNode classroom = users.createRoom(owner.token(), "Class " + actor + " " + event, true);
        String room = classroom.get("id").asText();
        TestSocket victimSocket = connect(victim.token());
        String victimPeer = joined(victimSocket.join(room, null)).getString("peerId");
        String victimTrack = publish(victimSocket, "video");

        TestSocket socket;
        try {
            socket = connect(actor.token(classroom));
        } catch (Exception refusedHandshake) {
            assertThat(expected).as("handshake refused: " + refusedHandshake).isEqualTo("UNAUTHENTICATED");
            assertThat(refusedHandshake.toString()).contains("UNAUTHENTICATED");
            return;
        }
        assertThat(expected).as("handshake accepted").isNotEqualTo("UNAUTHENTICATED");
        if (event == Event.HANDSHAKE) {
            return;
        }
        JSONObject joinAnswer = socket.join(room, null);
        JSONObject answer = event == Event.JOIN_ROOM ? joinAnswer : act(socket, event, victimPeer, victimTrack);
        assertAnswer(answer, expected);

        if (event == Event.REMOVE_PEER && expected.equals(OK)) {
            Eventually.until("the removed victim is disconnected", () -> !victimSocket.isConnected());
            return;
        }
        assertVictimUntouched(victimSocket, victimTrack, event == Event.CLOSE_OTHER_PRODUCER && expected.equals(OK));
    }

    private static void assertVictimUntouched(TestSocket victimSocket, String victimTrack, boolean trackClosed)
            throws Exception {
        JSONObject info = victimSocket.request("get-room-info", new JSONObject());
        assertThat(info.getBoolean("ok")).as("victim still joined: " + info).isTrue();
        JSONArray participants = victimSocket.request("get-participants", new JSONObject()).getJSONArray("participants");
        List<JSONObject> victimTracks = new ArrayList<>();
        for (int i = 0; i < participants.length(); i++) {
            JSONArray producers = participants.getJSONObject(i).getJSONArray("producers");
            for (int j = 0; j < producers.length(); j++) {
                if (producers.getJSONObject(j).getString("producerId").equals(victimTrack)) {
                    victimTracks.add(producers.getJSONObject(j));
                }
            }
        }
        assertThat(victimTracks).as("the victim's track after the event").hasSize(trackClosed ? 0 : 1);
        for (JSONObject track : victimTracks) {
            assertThat(track.getBoolean("paused")).as("nobody paused it").isFalse();
        }
    }

    private JSONObject act(TestSocket socket, Event event, String victimPeer, String victimTrack) throws Exception {
        return switch (event) {
            case PRODUCE -> socket.request("produce", obj("kind", "audio"));
            case CONNECT_TRANSPORT -> socket.request("connect-transport",
                    obj("sdp", "v=0\r\n", "mids", obj("0", ownTrack(socket))));
            case ICE_CANDIDATE -> socket.request("ice-candidate",
                    obj("candidate", "candidate:1 1 udp 2122260223 127.0.0.1 54321 typ host", "sdpMid", "0"));
            case CONSUME -> socket.request("consume", obj("producerId", victimTrack));
            case CLOSE_OWN_CONSUMER -> socket.request("close-consumer", obj("consumerId", ownConsumer(socket, victimTrack)));
            case CLOSE_OWN_PRODUCER -> socket.request("close-producer", obj("producerId", ownTrack(socket)));
            case CLOSE_OTHER_PRODUCER -> socket.request("close-producer", obj("producerId", victimTrack));
            case PAUSE_OWN_PRODUCER -> socket.request("pause-producer", obj("producerId", ownTrack(socket), "paused", true));
            case PAUSE_OTHER_PRODUCER -> socket.request("pause-producer", obj("producerId", victimTrack, "paused", true));
            case GET_ROOM_INFO -> socket.request("get-room-info", new JSONObject());
            case GET_PARTICIPANTS -> socket.request("get-participants", new JSONObject());
            case LEAVE_ROOM -> socket.request("leave-room", new JSONObject());
            case REMOVE_PEER -> socket.request("remove-peer", obj("peerId", victimPeer));
            case LOCK_ROOM -> socket.request("lock-room", obj("locked", true));
            case HANDSHAKE, JOIN_ROOM -> throw new IllegalArgumentException(event.name());
        };
    }

    /** An own producer if the socket can make one; otherwise any id (the event is refused anyway). */
    private static String ownTrack(TestSocket socket) throws Exception {
        JSONObject produced = socket.request("produce", obj("kind", "audio"));
        return produced.optBoolean("ok") ? produced.getString("producerId") : "none";
    }

    private static String ownConsumer(TestSocket socket, String producerId) throws Exception {
        JSONObject consumed = socket.request("consume", obj("producerId", producerId));
        return consumed.optBoolean("ok") ? consumed.getString("consumerId") : "none";
    }

    // ---------------------------------------------------------------- REST

    enum Call { CREATE_ROOM, LIST_OWN_ROOMS, READ_ROOM, CHANGE_ROOM, DELETE_ROOM, WATCH_LIVE_ROOM, PROFILE,
        LIST_USERS, CREATE_USER, CHANGE_USER, READ_AUDIT }

    /** Expected HTTP status per actor, in the order of {@link Call}. */
    static Stream<Arguments> restMatrix() {
        int[] adminCan = {201, 200, 200, 200, 204, 200, 200, 200, 201, 200, 200};
        int[] ownerCan = {201, 200, 200, 200, 204, 200, 200, 403, 403, 403, 403};
        int[] teacherCan = {201, 200, 403, 403, 403, 403, 200, 403, 403, 403, 403};
        int[] studentCan = {403, 200, 403, 403, 403, 403, 200, 403, 403, 403, 403};
        int[] guestCan = new int[Call.values().length];
        Arrays.fill(guestCan, 403);
        int[] nobody = new int[Call.values().length];
        Arrays.fill(nobody, 401);
        List<Arguments> cases = new ArrayList<>();
        addRest(cases, Actor.ADMIN, adminCan);
        addRest(cases, Actor.OWNER, ownerCan);
        addRest(cases, Actor.OTHER_TEACHER, teacherCan);
        addRest(cases, Actor.STUDENT, studentCan);
        addRest(cases, Actor.GUEST_OF_OTHER_ROOM, guestCan);
        addRest(cases, Actor.NO_TOKEN, nobody);
        addRest(cases, Actor.BAD_TOKEN, nobody);
        addRest(cases, Actor.FORGED_ADMIN, nobody);
        addRest(cases, Actor.DISABLED_USER, nobody);
        return cases.stream();
    }

    private static void addRest(List<Arguments> cases, Actor actor, int[] expected) {
        assertThat(expected).hasSize(Call.values().length);
        for (Call call : Call.values()) {
            cases.add(Arguments.of(actor, call, expected[call.ordinal()]));
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("restMatrix")
    void eachRoleMayMakeExactlyTheRestCallsItsRoleAllows(Actor actor, Call call, int expected) throws Exception {
        JsonNode classroom = users.createRoom(owner.token(), "REST " + actor + " " + call, true);
        String path = "/api/v1/rooms/" + classroom.get("id").asText();
        if (call == Call.WATCH_LIVE_ROOM) {
            joined(connect(victim.token()).join(classroom.get("id").asText(), null));
        }
        String token = actor.token(classroom);

        Answer answer = switch (call) {
            case CREATE_ROOM -> api.post("/api/v1/rooms", RestClient.json("name", "New"), token);
            case LIST_OWN_ROOMS -> api.get("/api/v1/rooms", token);
            case READ_ROOM -> api.get(path, token);
            case CHANGE_ROOM -> api.patch(path, RestClient.json("locked", true), token);
            case DELETE_ROOM -> api.delete(path, token);
            case WATCH_LIVE_ROOM -> api.get(path + "/live", token);
            case PROFILE -> api.get("/api/v1/auth/profile", token);
            case LIST_USERS -> api.get("/api/v1/admin/users", token);
            case CREATE_USER -> api.post("/api/v1/admin/users", RestClient.json("email",
                    "new-" + UUID.randomUUID() + "@school.example", "displayName", "New", "password",
                    StoreUsers.PASSWORD, "role", "teacher"), token);
            case CHANGE_USER -> api.patch("/api/v1/admin/users/" + target.id(), RestClient.json("disabled", false), token);
            case READ_AUDIT -> api.get("/api/v1/admin/audit", token);
        };

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(expected);
        if (expected == 403) {
            assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
        }
        if (expected >= 400) {
            assertThat(api.get(path, owner.token()).body().get("locked").asBoolean())
                    .as("a refused call changes nothing").isFalse();
        }
        if (call == Call.WATCH_LIVE_ROOM && expected == 200) {
            assertThat(answer.body().get("participants").findValuesAsText("displayName")).containsExactly("Vic");
        }
    }

    @Test
    void revokedAndForgedTokensAreRefusedWithTheirReason() throws Exception {
        assertThat(api.get("/api/v1/auth/profile", revokedToken).errorCode()).isEqualTo("REVOKED_TOKEN");
        assertThat(api.get("/api/v1/auth/profile", withRoleClaim(student.token(), "admin")).errorCode())
                .isEqualTo("INVALID_TOKEN");
        assertThatThrownBy(() -> connect(revokedToken)).hasMessageContaining("REVOKED_TOKEN");
    }

    @Test
    void theJoinCodeLookupAndGuestTokensAreOpenToAnyone() throws Exception {
        JsonNode classroom = users.createRoom(owner.token(), "Public", true);
        String code = classroom.get("code").asText();

        Answer found = api.get("/api/v1/rooms/by-code/" + code.replace("-", "").toUpperCase(), null);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("roomId").asText()).isEqualTo(classroom.get("id").asText());
        assertThat(found.body().has("ownerId")).as("no owner leaks").isFalse();
        assertThat(api.get("/api/v1/rooms/by-code/zzz-zzz-zzz", null).status()).isEqualTo(404);
        JsonNode closed = users.createRoom(owner.token(), "No guests", false);
        Answer refused = api.post("/api/v1/rooms/by-code/" + closed.get("code").asText() + "/guest",
                RestClient.json("displayName", "Gus"), null);
        assertThat(refused.status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- moderation scenarios

    @Test
    void aRemovedParticipantIsDisconnectedAndCannotRejoinWithTheSameAccount() throws Exception {
        JsonNode classroom = users.createRoom(owner.token(), "Removal", true);
        String room = classroom.get("id").asText();
        TestSocket teacher = connect(owner.token());
        joined(teacher.join(room, null));
        TestSocket removed = connect(student.token());
        String studentPeer = joined(removed.join(room, null)).getString("peerId");

        assertAnswer(teacher.request("remove-peer", obj("peerId", studentPeer)), OK);

        assertThat(removed.await("removed").getString("reason")).contains("Tom");
        Eventually.until("the removed student is disconnected", () -> !removed.isConnected());
        assertThat(teacher.await("peerLeft").getString("peerId")).isEqualTo(studentPeer);
        assertAnswer(connect(users.login(student.email())).join(room, null), "FORBIDDEN");
        String guestToken = users.guestToken(classroom.get("code").asText(), "Gus");
        String guestPeer = joined(connect(guestToken).join(room, null)).getString("peerId");
        assertAnswer(teacher.request("remove-peer", obj("peerId", guestPeer)), OK);
        assertAnswer(connect(guestToken).join(room, null), "FORBIDDEN");
        assertAnswer(connect(victim.token()).join(room, null), OK);
    }

    @Test
    void aLockedRoomRefusesNewStudentsAndGuestsButAdmitsItsTeacherAndAdmins() throws Exception {
        JsonNode classroom = users.createRoom(owner.token(), "Lock", true);
        String room = classroom.get("id").asText();
        String guestToken = users.guestToken(classroom.get("code").asText(), "Gus");
        TestSocket teacher = connect(owner.token());
        joined(teacher.join(room, null));
        TestSocket inside = connect(victim.token());
        joined(inside.join(room, null));

        assertThat(teacher.request("lock-room", obj("locked", true)).getBoolean("locked")).isTrue();

        assertThat(inside.await("roomLocked").getBoolean("locked")).isTrue();
        assertAnswer(connect(student.token()).join(room, null), "FORBIDDEN");
        assertAnswer(connect(guestToken).join(room, null), "FORBIDDEN");
        assertAnswer(connect(otherTeacher.token()).join(room, null), "FORBIDDEN");
        assertAnswer(connect(admin.token()).join(room, null), OK);
        teacher.request("leave-room", new JSONObject());
        assertAnswer(teacher.join(room, null), OK);

        assertAnswer(teacher.request("lock-room", obj("locked", false)), OK);
        assertAnswer(connect(student.token()).join(room, null), OK);
    }

    @Test
    void aRoomLockedOverRestRefusesStudentsAtJoin() throws Exception {
        JsonNode classroom = users.createRoom(owner.token(), "Stored lock", true);
        String room = classroom.get("id").asText();
        assertThat(api.patch("/api/v1/rooms/" + room, RestClient.json("locked", true), owner.token()).status())
                .isEqualTo(200);

        assertAnswer(connect(student.token()).join(room, null), "FORBIDDEN");
        assertAnswer(connect(owner.token()).join(room, null), OK);
    }

    @Test
    void aTeacherClosingAStudentsTrackTellsTheStudentAndEveryoneElse() throws Exception {
        String room = users.createRoom(owner.token(), "Close", true).get("id").asText();
        TestSocket teacher = connect(owner.token());
        joined(teacher.join(room, null));
        TestSocket pupil = connect(student.token());
        joined(pupil.join(room, null));
        String track = publish(pupil, "audio");

        assertAnswer(teacher.request("close-producer", obj("producerId", track)), OK);

        assertThat(pupil.await("producerClosed").getString("producerId")).isEqualTo(track);
        assertThat(teacher.await("producerClosed").getString("producerId")).isEqualTo(track);
        assertAnswer(pupil.request("pause-producer", obj("producerId", track, "paused", true)), "NOT_FOUND");
    }

    @Test
    void namesAndRolesComeFromTheStoredAccountOrTheGuestTokenAndAreShownToOthers() throws Exception {
        JsonNode classroom = users.createRoom(owner.token(), "Names", true);
        String room = classroom.get("id").asText();
        TestSocket teacher = connect(owner.token());
        JSONObject own = joined(teacher.join(room, "Someone Else"));
        assertThat(own.getString("displayName")).isEqualTo("Tom");
        assertThat(own.getString("role")).isEqualTo("teacher");
        assertThat(own.getBoolean("moderator")).isTrue();
        assertThat(own.getString("roomName")).isEqualTo("Names");

        TestSocket guest = connect(users.guestToken(classroom.get("code").asText(), "Gus"));
        JSONObject guestJoin = joined(guest.join(room, "Admin"));
        assertThat(guestJoin.getString("displayName")).isEqualTo("Gus");
        assertThat(guestJoin.getBoolean("moderator")).isFalse();
        JSONObject listed = guestJoin.getJSONArray("peers").getJSONObject(0);
        assertThat(listed.getString("displayName")).isEqualTo("Tom");
        assertThat(listed.getString("role")).isEqualTo("teacher");
        JSONObject announced = teacher.await("peerJoined");
        assertThat(announced.getString("displayName")).isEqualTo("Gus");
        assertThat(announced.getString("role")).isEqualTo("guest");
    }

    @Test
    void unknownDeletedAndGuestlessClassroomsAreRefused() throws Exception {
        assertAnswer(connect(student.token()).join("no-such-class", null), "NOT_FOUND");
        JsonNode classroom = users.createRoom(owner.token(), "Guests, then none", true);
        String room = classroom.get("id").asText();
        String guestToken = users.guestToken(classroom.get("code").asText(), "Gus");
        assertThat(api.patch("/api/v1/rooms/" + room, RestClient.json("guestsAllowed", false), owner.token())
                .status()).isEqualTo(200);

        assertAnswer(connect(guestToken).join(room, null), "FORBIDDEN");
        assertAnswer(connect(student.token()).join(room, null), OK);
        assertThat(api.delete("/api/v1/rooms/" + room, owner.token()).status()).isEqualTo(204);
        assertAnswer(connect(victim.token()).join(room, null), "NOT_FOUND");
    }

    @Test
    void aSocketWithoutAnyAuthPayloadMayDoNothingAndIsDisconnected() throws Exception {
        TestSocket socket = TestSocket.connectWithoutAuth(server.localUri());
        sockets.add(socket);

        assertAnswer(socket.request("get-room-info", new JSONObject()), "UNAUTHENTICATED");
        Eventually.until("the unauthenticated socket is disconnected", () -> !socket.isConnected());
    }

    @Test
    void anOversizedTokenIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> connect("x".repeat(10_000))).hasMessageContaining("UNAUTHENTICATED");
    }

    // ---------------------------------------------------------------- helpers

    private TestSocket connect(String token) throws Exception {
        TestSocket socket = TestSocket.connect(server.localUri(), token);
        sockets.add(socket);
        return socket;
    }

    /** Rewrites the JWT's payload {@code role} claim, keeping header and signature (RFC 7519 §3). */
    private static String withRoleClaim(String jwt, String role) throws Exception {
        String[] parts = jwt.split("\\.");
        JSONObject claims = new JSONObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        claims.put("role", role);
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static String publish(TestSocket socket, String kind) throws Exception {
        String producerId = joined(socket.request("produce", obj("kind", kind))).getString("producerId");
        joined(socket.request("connect-transport", obj("sdp", "v=0\r\n", "mids", obj("0", producerId))));
        return producerId;
    }

    private static JSONObject joined(JSONObject answer) throws Exception {
        assertAnswer(answer, OK);
        return answer;
    }

    private static void assertAnswer(JSONObject answer, String expected) throws Exception {
        if (expected.equals(OK)) {
            assertThat(answer.getBoolean("ok")).as(answer.toString()).isTrue();
        } else {
            assertThat(answer.getBoolean("ok")).as(answer.toString()).isFalse();
            assertThat(answer.getJSONObject("error").getString("code")).as(answer.toString()).isEqualTo(expected);
        }
    }

    private static JSONObject obj(Object... keyValues) throws Exception {
        JSONObject o = new JSONObject();
        for (int i = 0; i < keyValues.length; i += 2) {
            o.put((String) keyValues[i], keyValues[i + 1]);
        }
        return o;
    }
}
