package org.vtp.client.call;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A test-only Socket.IO peer on loopback speaking just enough of protocol.md for a call that
 * sends and receives nothing: {@code join-room} is answered (with {@code roomName}), then
 * {@link #afterJoin} may push server events or drop the socket; {@code leave-room} is acknowledged.
 */
public final class FakeSignallingServer implements AutoCloseable {
    public static final String ROOM_NAME = "Physics 7b";

    private final SocketIOServer server;
    private final int port;
    private final AtomicInteger joins = new AtomicInteger();
    private final List<SocketIOClient> clients = new CopyOnWriteArrayList<>();
    /** Joins from this number on are refused with {@code FORBIDDEN} (0: none). */
    public volatile int refuseFrom;
    /** Run after each join's acknowledgement with the join's number (1 = first). */
    public volatile java.util.function.BiConsumer<Integer, SocketIOClient> afterJoin = (n, c) -> { };

    private FakeSignallingServer(SocketIOServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static FakeSignallingServer start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Configuration config = new Configuration();
        config.setHostname("127.0.0.1");
        config.setPort(port);
        config.setTransports(Transport.WEBSOCKET);
        config.setAckMode(AckMode.MANUAL);
        config.getSocketConfig().setReuseAddress(true);
        SocketIOServer server = new SocketIOServer(config);
        FakeSignallingServer fake = new FakeSignallingServer(server, port);
        server.addConnectListener(fake.clients::add);
        server.addEventListener("join-room", Map.class, (client, data, ack) -> {
            int n = fake.joins.incrementAndGet();
            if (fake.refuseFrom > 0 && n >= fake.refuseFrom) {
                ack.sendAckData(Map.of("ok", false, "error", Map.of("code", "FORBIDDEN",
                        "message", "You were removed from this class")));
                return;
            }
            ack.sendAckData(Map.of("ok", true, "peerId", "peer-" + n, "roomId", "room", "roomName", ROOM_NAME,
                    "peers", List.of()));
            fake.afterJoin.accept(n, client);
        });
        server.addEventListener("leave-room", Map.class, (client, data, ack) -> ack.sendAckData(Map.of("ok", true)));
        server.start();
        return fake;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int joins() {
        return joins.get();
    }

    /** Emits {@code event} with {@code payload} to one client. */
    public static void emit(SocketIOClient client, String event, Map<String, Object> payload) {
        client.sendEvent(event, payload);
    }

    /** Drops every connected client, as a server going away would. */
    public void dropAll() {
        clients.forEach(SocketIOClient::disconnect);
        clients.clear();
    }

    public void forEachClient(Consumer<SocketIOClient> action) {
        clients.forEach(action);
    }

    @Override
    public void close() {
        server.stop();
    }
}
