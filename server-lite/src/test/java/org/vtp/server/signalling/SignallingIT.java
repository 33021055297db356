package org.vtp.server.signalling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtp.server.ServerConfig;
import org.vtp.server.VtpServer;
import org.vtp.server.fake.FakeRouterFactory;
import org.vtp.server.fake.FakeTransport;
import org.vtp.server.testing.Eventually;
import org.vtp.server.testing.TestAccess;
import org.vtp.server.testing.TestSocket;
import org.vtp.sfu.api.TransportState;

/** Two and more real Socket.IO clients against a real server with a fake SFU. */
class SignallingIT {

    @TempDir
    static Path dataDir;
    static FakeRouterFactory sfu;
    static VtpServer server;

    private final java.util.List<TestSocket> sockets = new java.util.ArrayList<>();
    private final String room = "room-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startServer() throws Exception {
        sfu = new FakeRouterFactory();
        server = VtpServer.start(ServerConfig.loopback(dataDir), sfu, TestAccess.tokensAnyRoom());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(TestSocket::close);
    }

    TestSocket connect() throws Exception {
        TestSocket socket = TestSocket.connect(server.localUri());
        sockets.add(socket);
        return socket;
    }

    static void assertOk(JSONObject answer) throws Exception {
        assertThat(answer.getBoolean("ok")).as(answer.toString()).isTrue();
    }

    static void assertError(JSONObject answer, String code) throws Exception {
        assertThat(answer.getBoolean("ok")).as(answer.toString()).isFalse();
        assertThat(answer.getJSONObject("error").getString("code")).as(answer.toString()).isEqualTo(code);
        assertThat(answer.getJSONObject("error").getString("message")).isNotBlank();
    }

    static JSONObject obj(Object... keyValues) {
        try {
            return build(keyValues);
        } catch (org.json.JSONException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JSONObject build(Object... keyValues) throws org.json.JSONException {
        JSONObject o = new JSONObject();
        for (int i = 0; i < keyValues.length; i += 2) {
            o.put((String) keyValues[i], keyValues[i + 1]);
        }
        return o;
    }

    /** Produces a track and binds it with an offer, so the others are told of it. */
    static String publish(TestSocket socket, String kind) throws Exception {
        JSONObject produced = socket.request("produce", obj("kind", kind));
        assertOk(produced);
        String producerId = produced.getString("producerId");
        assertOk(socket.request("connect-transport", obj("sdp", "v=0\r\n", "mids", obj("0", producerId))));
        return producerId;
    }

    @Test
    void joinAnswersThePeerIdAndTheOthersAlreadyInTheRoom() throws Exception {
        TestSocket alice = connect();
        JSONObject first = alice.join(room, "Alice");
        assertOk(first);
        assertThat(first.getString("roomId")).isEqualTo(room);
        assertThat(first.getJSONArray("peers").length()).isZero();

        TestSocket bob = connect();
        JSONObject second = bob.join(room, "  Bob  ");
        assertOk(second);
        JSONObject listed = second.getJSONArray("peers").getJSONObject(0);
        assertThat(listed.getString("peerId")).isEqualTo(first.getString("peerId"));
        assertThat(listed.getString("displayName")).isEqualTo("Alice");
        assertThat(listed.getJSONArray("producers").length()).isZero();

        JSONObject joined = alice.await("peerJoined");
        assertThat(joined.getString("peerId")).isEqualTo(second.getString("peerId"));
        assertThat(joined.getString("displayName")).isEqualTo("Bob");
    }

    @Test
    void producerIsAnnouncedOnlyOnceAnOfferBindsItAndClosingItTellsTheOthers() throws Exception {
        TestSocket alice = connect();
        String aliceId = alice.join(room, "Alice").getString("peerId");
        TestSocket bob = connect();
        assertOk(bob.join(room, "Bob"));

        JSONObject produced = alice.request("produce", obj("kind", "video"));
        assertOk(produced);
        String producerId = produced.getString("producerId");
        assertError(bob.request("consume", obj("producerId", producerId)), "NOT_FOUND");
        assertThat(bob.received("newProducer")).isEmpty();

        JSONObject answer = alice.request("connect-transport", obj("sdp", "v=0\r\n", "mids", obj("0", producerId)));
        assertOk(answer);
        assertThat(answer.getString("sdp")).startsWith("v=0");
        JSONObject announced = bob.await("newProducer");
        assertThat(announced.getString("producerId")).isEqualTo(producerId);
        assertThat(announced.getString("peerId")).isEqualTo(aliceId);
        assertThat(announced.getString("kind")).isEqualTo("video");

        JSONObject consumed = bob.request("consume", obj("producerId", producerId));
        assertOk(consumed);
        assertThat(consumed.getString("peerId")).isEqualTo(aliceId);
        assertThat(consumed.getString("kind")).isEqualTo("video");
        String consumerId = consumed.getString("consumerId");
        assertOk(bob.request("connect-transport", obj("sdp", "v=0\r\n", "mids", obj("0", consumerId))));

        assertOk(alice.request("pause-producer", obj("producerId", producerId, "paused", true)));
        assertThat(bob.await("producerPaused").getBoolean("paused")).isTrue();

        assertOk(alice.request("close-producer", obj("producerId", producerId)));
        JSONObject closed = bob.await("producerClosed");
        assertThat(closed.getString("producerId")).isEqualTo(producerId);
        assertThat(closed.getString("peerId")).isEqualTo(aliceId);
        assertError(bob.request("close-consumer", obj("consumerId", consumerId)), "NOT_FOUND");
        assertThat(alice.received("newProducer")).isEmpty();
    }

    @Test
    void participantsListAnnouncedProducersWithTheirPausedState() throws Exception {
        TestSocket alice = connect();
        alice.join(room, "Alice");
        String producerId = publish(alice, "audio");
        assertOk(alice.request("pause-producer", obj("producerId", producerId, "paused", true)));
        TestSocket bob = connect();
        JSONObject joined = bob.join(room, "Bob");

        JSONObject track = joined.getJSONArray("peers").getJSONObject(0).getJSONArray("producers").getJSONObject(0);
        assertThat(track.getString("producerId")).isEqualTo(producerId);
        assertThat(track.getString("kind")).isEqualTo("audio");
        assertThat(track.getBoolean("paused")).isTrue();
        JSONObject participants = bob.request("get-participants", new JSONObject());
        assertOk(participants);
        assertThat(participants.getJSONArray("participants").length()).isEqualTo(2);
        JSONObject info = bob.request("get-room-info", new JSONObject());
        assertThat(info.getString("roomId")).isEqualTo(room);
        assertThat(info.getInt("peerCount")).isEqualTo(2);
    }

    @Test
    void consumingOwnOrUnknownProducerIsRefused() throws Exception {
        TestSocket alice = connect();
        alice.join(room, "Alice");
        String own = publish(alice, "video");

        assertError(alice.request("consume", obj("producerId", own)), "NOT_FOUND");
        assertError(alice.request("consume", obj("producerId", "no-such-producer")), "NOT_FOUND");
    }

    @Test
    void closingOrPausingAnotherPeersProducerIsForbidden() throws Exception {
        TestSocket alice = connect();
        alice.join(room, "Alice");
        String producerId = publish(alice, "video");
        TestSocket bob = connect();
        bob.join(room, "Bob");

        assertError(bob.request("close-producer", obj("producerId", producerId)), "FORBIDDEN");
        assertError(bob.request("pause-producer", obj("producerId", producerId, "paused", true)), "FORBIDDEN");
        assertThat(alice.request("get-participants", new JSONObject()).getJSONArray("participants")
                .getJSONObject(0).getJSONArray("producers").getJSONObject(0).getBoolean("paused")).isFalse();
    }

    @Test
    void aFifthProducerExceedsTheLimit() throws Exception {
        TestSocket alice = connect();
        alice.join(room, "Alice");
        for (int i = 0; i < 4; i++) {
            assertOk(alice.request("produce", obj("kind", "audio")));
        }
        assertError(alice.request("produce", obj("kind", "video")), "LIMIT_EXCEEDED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"produce", "consume", "connect-transport", "ice-candidate", "close-producer",
            "close-consumer", "pause-producer", "get-room-info", "get-participants", "leave-room"})
    void eventsBeforeJoinAreNotJoined(String event) throws Exception {
        TestSocket socket = connect();
        assertError(socket.request(event, obj("kind", "video")), "NOT_JOINED");
    }

    @Test
    void joiningTwiceIsAlreadyJoinedAndLeavingAllowsANewJoin() throws Exception {
        TestSocket alice = connect();
        String firstPeer = alice.join(room, "Alice").getString("peerId");
        assertError(alice.join(room, "Alice"), "ALREADY_JOINED");
        assertError(alice.join("another-" + room, "Alice"), "ALREADY_JOINED");

        assertOk(alice.request("leave-room", new JSONObject()));
        assertError(alice.request("get-room-info", new JSONObject()), "NOT_JOINED");
        JSONObject again = alice.join(room, "Alice");
        assertOk(again);
        assertThat(again.getString("peerId")).isNotEqualTo(firstPeer);
    }

    @Test
    void disconnectIsLeave() throws Exception {
        TestSocket alice = connect();
        alice.join(room, "Alice");
        TestSocket bob = connect();
        String bobId = bob.join(room, "Bob").getString("peerId");
        String producerId = publish(bob, "video");
        alice.await("newProducer");

        bob.close();

        JSONObject left = alice.await("peerLeft");
        assertThat(left.getString("peerId")).isEqualTo(bobId);
        assertThat(alice.await("producerClosed").getString("producerId")).isEqualTo(producerId);
        assertThat(alice.received("producerClosed")).hasSize(1);
        Eventually.until("bob's transport closes", () -> sfu.transport(bobId).isClosed());
        assertThat(alice.request("get-room-info", new JSONObject()).getInt("peerCount")).isEqualTo(1);
    }

    @Test
    void lastPeerLeavingClosesTheRoomAndItsRouter() throws Exception {
        TestSocket alice = connect();
        String aliceId = alice.join(room, "Alice").getString("peerId");
        assertThat(server.rooms().find(room)).isPresent();

        assertOk(alice.request("leave-room", new JSONObject()));

        Eventually.until("the room is gone", () -> server.rooms().find(room).isEmpty());
        assertThat(sfu.transport(aliceId).isClosed()).isTrue();
        assertThat(sfu.routers().stream().filter(r -> r.fakeTransport(aliceId).isPresent())
                .allMatch(org.vtp.server.fake.FakeRouter::isClosed)).isTrue();
    }

    @Test
    void transportStateChangesReachTheirOwnPeer() throws Exception {
        TestSocket alice = connect();
        String aliceId = alice.join(room, "Alice").getString("peerId");
        TestSocket bob = connect();
        bob.join(room, "Bob");
        publish(alice, "audio");
        assertThat(alice.await("transportState").getString("state")).isEqualTo("connecting");

        sfu.transport(aliceId).changeState(TransportState.CONNECTED);

        alice.await("transportState", s -> s.optString("state").equals("connected"));
        assertThat(bob.received("transportState")).isEmpty();
    }

    @Test
    void iceCandidatesReachTheTransportAndAnEmptyOneIsIgnored() throws Exception {
        TestSocket alice = connect();
        String aliceId = alice.join(room, "Alice").getString("peerId");
        String candidate = "candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host";

        assertOk(alice.request("ice-candidate", obj("candidate", candidate, "sdpMid", "0", "sdpMLineIndex", 0,
                "usernameFragment", "abcd")));
        assertOk(alice.request("ice-candidate", obj("candidate", "")));

        FakeTransport transport = sfu.transport(aliceId);
        assertThat(transport.remoteCandidates()).containsExactly(candidate);
    }
}
