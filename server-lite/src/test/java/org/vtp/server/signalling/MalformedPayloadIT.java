package org.vtp.server.signalling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtp.server.signalling.SignallingIT.assertError;
import static org.vtp.server.signalling.SignallingIT.obj;

import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.fake.FakeTransport;
import org.vtp.server.testing.TestAccess;
import org.vtp.server.testing.TestSocket;

/** Hostile payloads get the right error code and change nothing. */
class MalformedPayloadIT {

    @TempDir
    static Path dataDir;
    static FakeRouterFactory sfu;
    static VtpServer server;

    private static final String OWN = "<own producer>";

    @BeforeAll
    static void startServer() throws Exception {
        sfu = new FakeRouterFactory();
        server = VtpServer.start(ServerConfig.loopback(dataDir), sfu, TestAccess.tokensAnyRoom());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Arguments bad(String event, String code, Object... args) {
        return Arguments.of(event, args, code);
    }

    static Stream<Arguments> badJoins() {
        return Stream.of(
                bad("join-room", "INVALID_ARGUMENT"),
                bad("join-room", "INVALID_ARGUMENT", JSONObject.NULL),
                bad("join-room", "INVALID_ARGUMENT", "room-1"),
                bad("join-room", "INVALID_ARGUMENT", 42),
                bad("join-room", "INVALID_ARGUMENT", new JSONArray().put("room-1")),
                bad("join-room", "INVALID_ARGUMENT", obj("displayName", "Alice")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "ROOM", "displayName", 7)),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", 7, "displayName", "Alice")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "ROOM", "displayName", "x".repeat(10_240))),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "ROOM", "displayName", "   ")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "ROOM", "displayName", "a\u0000b")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "ROOM", "displayName", "x".repeat(65))),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "bad room", "displayName", "Alice")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "../etc", "displayName", "Alice")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "r".repeat(65), "displayName", "Alice")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "", "displayName", "Alice")),
                bad("join-room", "INVALID_ARGUMENT", obj("roomId", "ROOM", "displayName", "Alice", "role", "teacher")));
    }

    static Stream<Arguments> badMediaEvents() {
        return Stream.of(
                bad("produce", "INVALID_ARGUMENT", JSONObject.NULL),
                bad("produce", "INVALID_ARGUMENT", "video"),
                bad("produce", "INVALID_ARGUMENT", 1),
                bad("produce", "INVALID_ARGUMENT", new JSONObject()),
                bad("produce", "INVALID_ARGUMENT", obj("kind", "screen")),
                bad("produce", "INVALID_ARGUMENT", obj("kind", "video", "simulcast", true)),
                bad("consume", "INVALID_ARGUMENT", obj("producerId", 5)),
                bad("consume", "INVALID_ARGUMENT", obj("producerId", "p".repeat(65))),
                bad("consume", "NOT_FOUND", obj("producerId", "unknown")),
                bad("connect-transport", "INVALID_ARGUMENT", obj("sdp", "garbage", "mids", new JSONObject())),
                bad("connect-transport", "INVALID_ARGUMENT", obj("sdp", "v=0\r\n", "mids", obj("0", "unknown"))),
                bad("connect-transport", "INVALID_ARGUMENT", obj("sdp", "v=0\r\n", "mids", new JSONArray())),
                bad("connect-transport", "INVALID_ARGUMENT", obj("sdp", "v=0\r\n", "mids", obj("0", 3))),
                bad("connect-transport", "INVALID_ARGUMENT", obj("mids", new JSONObject())),
                bad("connect-transport", "INVALID_ARGUMENT", obj("sdp", "v=0" + "x".repeat(120_000), "mids",
                        new JSONObject())),
                bad("connect-transport", "UNSUPPORTED", obj("sdp", "v=0\r\n" + FakeTransport.UNSUPPORTED_MARKER,
                        "mids", obj("0", OWN))),
                bad("ice-candidate", "INVALID_ARGUMENT", obj("candidate", 5)),
                bad("ice-candidate", "INVALID_ARGUMENT", obj("candidate", "bogus")),
                bad("ice-candidate", "INVALID_ARGUMENT", obj("candidate", "candidate:1", "sdpMLineIndex", -1)),
                bad("ice-candidate", "INVALID_ARGUMENT", obj("candidate", "candidate:1", "sdpMLineIndex", "0")),
                bad("ice-candidate", "INVALID_ARGUMENT", obj("candidate", "candidate:" + "1".repeat(2000))),
                bad("close-producer", "NOT_FOUND", obj("producerId", "unknown")),
                bad("close-producer", "INVALID_ARGUMENT", obj("producerId", JSONObject.NULL)),
                bad("close-consumer", "NOT_FOUND", obj("consumerId", "unknown")),
                bad("close-consumer", "NOT_FOUND", obj("consumerId", OWN)),
                bad("pause-producer", "INVALID_ARGUMENT", obj("producerId", OWN, "paused", "yes")),
                bad("pause-producer", "INVALID_ARGUMENT", obj("producerId", OWN)),
                bad("pause-producer", "NOT_FOUND", obj("producerId", "unknown", "paused", true)),
                bad("get-room-info", "INVALID_ARGUMENT", obj("verbose", true)),
                bad("get-participants", "INVALID_ARGUMENT", JSONObject.NULL),
                bad("leave-room", "INVALID_ARGUMENT", "now"),
                bad("join-room", "ALREADY_JOINED", obj("roomId", "ROOM", "displayName", "Alice")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("badJoins")
    void badJoinIsRefusedAndJoinsNothing(String event, Object[] args, String code) throws Exception {
        String room = "room-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestSocket socket = TestSocket.connect(server.localUri())) {
            assertError(socket.request(event, withRoom(args, room, null)), code);

            assertError(socket.request("get-room-info", new JSONObject()), "NOT_JOINED");
            assertThat(server.rooms().find(room)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("badMediaEvents")
    void badMediaEventIsRefusedAndChangesNothing(String event, Object[] args, String code) throws Exception {
        String room = "room-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestSocket socket = TestSocket.connect(server.localUri())) {
            String peerId = socket.join(room, "Alice").getString("peerId");
            String own = socket.request("produce", obj("kind", "audio")).getString("producerId");

            assertError(socket.request(event, withRoom(args, room, own)), code);

            FakeTransport transport = sfu.transport(peerId);
            assertThat(transport.producers()).hasSize(1);
            assertThat(transport.consumers()).isEmpty();
            assertThat(transport.offers()).isEmpty();
            assertThat(transport.remoteCandidates()).isEmpty();
            assertThat(transport.isClosed()).isFalse();
            JSONObject info = socket.request("get-room-info", new JSONObject());
            assertThat(info.getInt("peerCount")).isEqualTo(1);
        }
    }

    /** Puts the test's room name and own producer id where the table has placeholders. */
    private static Object[] withRoom(Object[] args, String room, String ownProducer) throws Exception {
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof JSONObject o && !o.equals(JSONObject.NULL)) {
                JSONObject replaced = new JSONObject(o.toString());
                if ("ROOM".equals(replaced.opt("roomId"))) {
                    replaced.put("roomId", room);
                }
                for (String key : keys(replaced)) {
                    if (OWN.equals(replaced.opt(key))) {
                        replaced.put(key, ownProducer);
                    }
                }
                JSONObject mids = replaced.optJSONObject("mids");
                if (mids != null) {
                    for (String key : keys(mids)) {
                        if (OWN.equals(mids.opt(key))) {
                            mids.put(key, ownProducer);
                        }
                    }
                }
                copy[i] = replaced;
            }
        }
        return copy;
    }

    private static java.util.List<String> keys(JSONObject object) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        object.keys().forEachRemaining(k -> keys.add((String) k));
        return keys;
    }
}
