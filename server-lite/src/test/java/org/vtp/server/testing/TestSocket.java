package org.vtp.server.testing;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.client.SocketOptionBuilder;
import io.socket.engineio.client.transports.WebSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.json.JSONObject;

/**
 * A Socket.IO client (websocket only, no reconnection) with blocking requests and a log of every
 * server event, for integration tests.
 */
public final class TestSocket implements AutoCloseable {

    /** Logged, in order with the events, when the connection ends; its payload holds the {@code reason}. */
    public static final String DISCONNECTED = "[disconnected]";

    /** One server → client event as received. */
    public record Received(String event, JSONObject payload) {
    }

    private final Socket socket;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private TestSocket(Socket socket) {
        this.socket = socket;
    }

    /** Connects as a fresh student without a name (join-room names it) and waits until accepted. */
    public static TestSocket connect(URI server) throws Exception {
        return connect(server, FakeTokens.anonymousStudent());
    }

    /**
     * Connects with {@code auth: {token}} and waits until the server accepted the connection.
     *
     * @param token null sends an empty {@code auth} object
     * @throws java.util.concurrent.ExecutionException with the server's message if refused
     */
    public static TestSocket connect(URI server, String token) throws Exception {
        return connect(server, token == null ? Map.of() : Map.of("token", token), true);
    }

    /** Connects without any {@code auth} payload (what an old client does). */
    public static TestSocket connectWithoutAuth(URI server) throws Exception {
        return connect(server, null, false);
    }

    private static TestSocket connect(URI server, Map<String, String> auth, boolean sendAuth) throws Exception {
        SocketOptionBuilder builder = IO.Options.builder().setTransports(new String[] {WebSocket.NAME})
                .setReconnection(false).setForceNew(true).setTimeout(5000);
        if (sendAuth) {
            builder.setAuth(auth);
        }
        IO.Options options = builder.build();
        Socket socket = IO.socket(server, options);
        TestSocket client = new TestSocket(socket);
        CompletableFuture<Void> connected = new CompletableFuture<>();
        socket.on(Socket.EVENT_CONNECT, args -> connected.complete(null));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> connected.completeExceptionally(
                new IllegalStateException("connect failed: " + (args.length > 0 ? args[0] : ""))));
        socket.onAnyIncoming(args -> client.record(args));
        socket.on(Socket.EVENT_DISCONNECT, args -> client.record(DISCONNECTED,
                new JSONObject(Map.of("reason", args.length > 0 ? String.valueOf(args[0]) : ""))));
        socket.connect();
        try {
            connected.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.close();
            throw e;
        }
        return client;
    }

    /** Emits with the given arguments (none, one payload, or several) and waits for the ack. */
    public JSONObject request(String event, Object... args) throws Exception {
        CompletableFuture<JSONObject> answer = new CompletableFuture<>();
        socket.emit(event, args, ackArgs -> answer.complete((JSONObject) ackArgs[0]));
        return answer.get(5, TimeUnit.SECONDS);
    }

    public JSONObject join(String roomId, String displayName) throws Exception {
        return request("join-room", new JSONObject().put("roomId", roomId).put("displayName", displayName));
    }

    /** Waits for a server event matching the predicate (already received ones count). */
    public JSONObject await(String event, Predicate<JSONObject> matching) {
        Received[] found = new Received[1];
        Eventually.until(event + " arrives", () -> {
            for (Received r : received) {
                if (r.event().equals(event) && matching.test(r.payload())) {
                    found[0] = r;
                    return true;
                }
            }
            return false;
        });
        return found[0].payload();
    }

    public JSONObject await(String event) {
        return await(event, p -> true);
    }

    public List<Received> received(String event) {
        List<Received> matching = new ArrayList<>();
        for (Received r : received) {
            if (r.event().equals(event)) {
                matching.add(r);
            }
        }
        return matching;
    }

    public boolean isConnected() {
        return socket.connected();
    }

    @Override
    public void close() {
        socket.disconnect();
        socket.close();
    }

    /** Every event and the disconnect, in arrival order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    private void record(Object[] args) {
        JSONObject payload = args.length > 1 && args[1] instanceof JSONObject json ? json : new JSONObject();
        record((String) args[0], payload);
    }

    private void record(String event, JSONObject payload) {
        received.add(new Received(event, payload));
    }
}
