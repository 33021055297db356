package org.vtp.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.vtp.server.classroom.Classroom;
import org.vtp.server.classroom.InMemoryClassroomDirectory;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.testing.Eventually;
import org.vtp.server.testing.FakeTokens;
import org.vtp.server.testing.TestAccess;
import org.vtp.server.testing.TestSocket;

/**
 * Every role against every guarded event on a real server (fake SFU, fake token service, classrooms
 * in memory). Each case gets a fresh classroom owned by {@code teacher-1} where a student,
 * {@code victim}, has joined and published a video track.
 */
class AuthorisationMatrixIT {

    private static final String OK = "ok";

    @TempDir
    static Path dataDir;
    static VtpServer server;
    static InMemoryClassroomDirectory classrooms = new InMemoryClassroomDirectory();

    private final List<TestSocket> sockets = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = VtpServer.start(ServerConfig.loopback(dataDir), new FakeRouterFactory(), TestAccess.tokens(classrooms));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(TestSocket::close);
    }

    /** Who acts: a token for the case's classroom id. */
    enum Actor {
        ADMIN, OWNER, OTHER_TEACHER, STUDENT, GUEST, GUEST_OF_OTHER_ROOM, NO_TOKEN, BAD_TOKEN;

        String token(String classroomId) {
            return switch (this) {
                case ADMIN -> FakeTokens.user("admin-1", Role.ADMIN, "Ada");
                case OWNER -> FakeTokens.user("teacher-1", Role.TEACHER, "Tom");
                case OTHER_TEACHER -> FakeTokens.user("teacher-2", Role.TEACHER, "Tia");
                case STUDENT -> FakeTokens.user("student-1", Role.STUDENT, "Sue");
                case GUEST -> FakeTokens.guest(classroomId, "Gus");
                case GUEST_OF_OTHER_ROOM -> FakeTokens.guest("elsewhere", "Gil");
                case NO_TOKEN -> null;
                case BAD_TOKEN -> "forged";
            };
        }
    }

    enum Event { HANDSHAKE, JOIN_ROOM, PRODUCE, CONSUME, CLOSE_OWN_PRODUCER, CLOSE_OTHER_PRODUCER, REMOVE_PEER,
        LOCK_ROOM, PAUSE_OWN_PRODUCER, PAUSE_OTHER_PRODUCER }

    /** Expected answers per actor, in the order of {@link Event}. */
    static Stream<Arguments> matrix() {
        String[] moderator = {OK, OK, OK, OK, OK, OK, OK, OK, OK, "FORBIDDEN"};
        String[] participant = {OK, OK, OK, OK, OK, "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", OK, "FORBIDDEN"};
        String[] wrongRoom = {OK, "FORBIDDEN", "NOT_JOINED", "NOT_JOINED", "NOT_JOINED", "NOT_JOINED", "NOT_JOINED",
            "NOT_JOINED", "NOT_JOINED", "NOT_JOINED"};
        String[] refused = new String[Event.values().length];
        java.util.Arrays.fill(refused, "UNAUTHENTICATED");
        List<Arguments> cases = new ArrayList<>();
        add(cases, Actor.ADMIN, moderator);
        add(cases, Actor.OWNER, moderator);
        add(cases, Actor.OTHER_TEACHER, participant);
        add(cases, Actor.STUDENT, participant);
        add(cases, Actor.GUEST, participant);
        add(cases, Actor.GUEST_OF_OTHER_ROOM, wrongRoom);
        add(cases, Actor.NO_TOKEN, refused);
        add(cases, Actor.BAD_TOKEN, refused);
        return cases.stream();
    }

    private static void add(List<Arguments> cases, Actor actor, String[] expected) {
        for (Event event : Event.values()) {
            cases.add(Arguments.of(actor, event, expected[event.ordinal()]));
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatItsRoleAllows(Actor actor, Event event, String expected) throws Exception {
        String room = newClassroom(true);
        TestSocket victim = connect(FakeTokens.user("victim", Role.STUDENT, "Vic"));
        String victimPeer = joined(victim.join(room, null)).getString("peerId");
        String victimTrack = publish(victim, "video");

        TestSocket socket;
        try {
            socket = connect(actor.token(room));
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
            Eventually.until("the removed victim is disconnected", () -> !victim.isConnected());
            return;
        }
        JSONObject info = victim.request("get-room-info", new JSONObject());
        assertThat(info.getBoolean("ok")).as("victim still joined: " + info).isTrue();
        if (!expected.equals(OK)) {
            assertThat(info.getBoolean("locked")).as("a refused event changes nothing").isFalse();
        }
    }

    private JSONObject act(TestSocket socket, Event event, String victimPeer, String victimTrack) throws Exception {
        return switch (event) {
            case PRODUCE -> socket.request("produce", obj("kind", "audio"));
            case CONSUME -> socket.request("consume", obj("producerId", victimTrack));
            case CLOSE_OWN_PRODUCER -> socket.request("close-producer", obj("producerId", ownTrack(socket)));
            case CLOSE_OTHER_PRODUCER -> socket.request("close-producer", obj("producerId", victimTrack));
            case REMOVE_PEER -> socket.request("remove-peer", obj("peerId", victimPeer));
            case LOCK_ROOM -> socket.request("lock-room", obj("locked", true));
            case PAUSE_OWN_PRODUCER -> socket.request("pause-producer",
                    obj("producerId", ownTrack(socket), "paused", true));
            case PAUSE_OTHER_PRODUCER -> socket.request("pause-producer",
                    obj("producerId", victimTrack, "paused", true));
            case HANDSHAKE, JOIN_ROOM -> throw new IllegalArgumentException(event.name());
        };
    }

    /** An own producer if the socket can make one; otherwise any id (the event is refused anyway). */
    private static String ownTrack(TestSocket socket) throws Exception {
        JSONObject produced = socket.request("produce", obj("kind", "audio"));
        return produced.optBoolean("ok") ? produced.getString("producerId") : "none";
    }

    @Test
    void aRemovedParticipantIsDisconnectedAndCannotRejoinWithTheSameToken() throws Exception {
        String room = newClassroom(true);
        TestSocket teacher = connect(FakeTokens.user("teacher-1", Role.TEACHER, "Tom"));
        joined(teacher.join(room, null));
        String studentToken = FakeTokens.user("student-9", Role.STUDENT, "Sid");
        TestSocket student = connect(studentToken);
        String studentPeer = joined(student.join(room, null)).getString("peerId");

        assertAnswer(teacher.request("remove-peer", obj("peerId", studentPeer)), OK);

        assertThat(student.await("removed").getString("reason")).contains("Tom");
        Eventually.until("the removed student is disconnected", () -> !student.isConnected());
        assertThat(teacher.await("peerLeft").getString("peerId")).isEqualTo(studentPeer);
        TestSocket again = connect(studentToken);
        assertAnswer(again.join(room, null), "FORBIDDEN");
        String guestToken = FakeTokens.guest(room, "Gus");
        TestSocket guest = connect(guestToken);
        String guestPeer = joined(guest.join(room, null)).getString("peerId");
        assertAnswer(teacher.request("remove-peer", obj("peerId", guestPeer)), OK);
        assertAnswer(connect(guestToken).join(room, null), "FORBIDDEN");
        assertAnswer(connect(FakeTokens.user("student-10", Role.STUDENT, "Sal")).join(room, null), OK);
    }

    @Test
    void aLockedRoomRefusesNewStudentsAndGuestsButAdmitsItsTeacherAndAdmins() throws Exception {
        String room = newClassroom(true);
        TestSocket teacher = connect(FakeTokens.user("teacher-1", Role.TEACHER, "Tom"));
        joined(teacher.join(room, null));
        TestSocket inside = connect(FakeTokens.user("student-1", Role.STUDENT, "Sue"));
        joined(inside.join(room, null));

        assertThat(teacher.request("lock-room", obj("locked", true)).getBoolean("locked")).isTrue();

        assertThat(inside.await("roomLocked").getBoolean("locked")).isTrue();
        assertAnswer(connect(FakeTokens.user("student-2", Role.STUDENT, "Stu")).join(room, null), "FORBIDDEN");
        assertAnswer(connect(FakeTokens.guest(room, "Gus")).join(room, null), "FORBIDDEN");
        assertAnswer(connect(FakeTokens.user("teacher-2", Role.TEACHER, "Tia")).join(room, null), "FORBIDDEN");
        assertAnswer(connect(FakeTokens.user("admin-1", Role.ADMIN, "Ada")).join(room, null), OK);
        teacher.request("leave-room", new JSONObject());
        assertAnswer(teacher.join(room, null), OK);

        assertAnswer(teacher.request("lock-room", obj("locked", false)), OK);
        assertAnswer(connect(FakeTokens.user("student-2", Role.STUDENT, "Stu")).join(room, null), OK);
    }

    @Test
    void aTeacherClosingAStudentsTrackTellsTheStudentAndEveryoneElse() throws Exception {
        String room = newClassroom(true);
        TestSocket teacher = connect(FakeTokens.user("teacher-1", Role.TEACHER, "Tom"));
        joined(teacher.join(room, null));
        TestSocket student = connect(FakeTokens.user("student-1", Role.STUDENT, "Sue"));
        joined(student.join(room, null));
        String track = publish(student, "audio");

        assertAnswer(teacher.request("close-producer", obj("producerId", track)), OK);

        assertThat(student.await("producerClosed").getString("producerId")).isEqualTo(track);
        assertThat(teacher.await("producerClosed").getString("producerId")).isEqualTo(track);
        assertAnswer(student.request("pause-producer", obj("producerId", track, "paused", true)), "NOT_FOUND");
    }

    @Test
    void namesAndRolesComeFromTheTokenAndAreShownToOthers() throws Exception {
        String room = newClassroom(true);
        TestSocket teacher = connect(FakeTokens.user("teacher-1", Role.TEACHER, "Tom"));
        JSONObject own = joined(teacher.join(room, "Someone Else"));
        assertThat(own.getString("displayName")).isEqualTo("Tom");
        assertThat(own.getString("role")).isEqualTo("teacher");
        assertThat(own.getBoolean("moderator")).isTrue();

        TestSocket guest = connect(FakeTokens.guest(room, "Gus"));
        JSONObject guestJoin = joined(guest.join(room, null));
        assertThat(guestJoin.getBoolean("moderator")).isFalse();
        JSONObject listed = guestJoin.getJSONArray("peers").getJSONObject(0);
        assertThat(listed.getString("displayName")).isEqualTo("Tom");
        assertThat(listed.getString("role")).isEqualTo("teacher");
        JSONObject announced = teacher.await("peerJoined");
        assertThat(announced.getString("displayName")).isEqualTo("Gus");
        assertThat(announced.getString("role")).isEqualTo("guest");
    }

    @Test
    void unknownClassroomsAndClassesWithoutGuestsAreRefused() throws Exception {
        assertAnswer(connect(FakeTokens.user("student-1", Role.STUDENT, "Sue")).join("no-such-class", null),
                "NOT_FOUND");
        String closed = newClassroom(false);
        assertAnswer(connect(FakeTokens.guest(closed, "Gus")).join(closed, null), "FORBIDDEN");
        assertAnswer(connect(FakeTokens.user("student-1", Role.STUDENT, "Sue")).join(closed, null), OK);
    }

    @Test
    void aSocketWithoutAnyAuthPayloadMayDoNothingAndIsDisconnected() throws Exception {
        TestSocket socket = TestSocket.connectWithoutAuth(server.localUri());
        sockets.add(socket);

        assertAnswer(socket.request("get-room-info", new JSONObject()), "UNAUTHENTICATED");
        Eventually.until("the unauthenticated socket is disconnected", () -> !socket.isConnected());
    }

    @Test
    void anOversizedOrNonStringTokenIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> connect("x".repeat(10_000))).hasMessageContaining("UNAUTHENTICATED");
    }

    private TestSocket connect(String token) throws Exception {
        TestSocket socket = TestSocket.connect(server.localUri(), token);
        sockets.add(socket);
        return socket;
    }

    private static String newClassroom(boolean guestsAllowed) {
        String id = "c-" + UUID.randomUUID().toString().substring(0, 8);
        classrooms.put(new Classroom(id, "teacher-1", "Class " + id, "code-" + id, guestsAllowed, false, false));
        return id;
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
