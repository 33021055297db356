package org.vtp.client.signalling;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.WebSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.client.link.JoinLink;
import org.vtp.client.tls.CertificatePin;
import org.vtp.client.tls.ServerTrust;

/**
 * One Socket.IO connection to a VTP server, websocket transport only (the polling upgrade loses
 * events with netty-socketio), no automatic reconnection (a reconnect is a new session).
 *
 * <p>Futures and listeners run on socket.io's event thread: do not block there, hop to your own
 * executor. {@link #close()} also stops the HTTP client's threads so a JVM can exit.
 */
public final class SignallingClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignallingClient.class);

    private final Socket socket;
    private final OkHttpClient http;

    private SignallingClient(Socket socket, OkHttpClient http) {
        this.socket = socket;
        this.http = http;
    }

    /**
     * Connects to {@code origin} (e.g. {@code http://127.0.0.1:8080}).
     *
     * @param auth the Socket.IO v4 handshake {@code auth} payload (e.g. {@code {token: jwt}}), may be empty
     */
    public static CompletableFuture<SignallingClient> connect(URI origin, Map<String, String> auth, Duration timeout) {
        return connect(origin, ServerTrust.authorities().applyTo(new OkHttpClient.Builder()).build(), auth, timeout);
    }

    /**
     * Connects over https/wss to a server whose certificate is {@code pin} (a host's self-signed
     * one), trusting nothing else; a mismatch fails the future with {@code DISCONNECTED}.
     */
    public static CompletableFuture<SignallingClient> connect(URI origin, CertificatePin pin, Map<String, String> auth,
                                                              Duration timeout) {
        return connect(origin, ServerTrust.pinned(pin).applyTo(new OkHttpClient.Builder()).build(), auth, timeout);
    }

    /**
     * Connects to a join link's server presenting {@code token} ({@code auth: {token}}): over
     * https pinning the link's fingerprint when it carries one (else trusting the JDK's
     * certificate authorities), over plain http for http links.
     */
    public static CompletableFuture<SignallingClient> connect(JoinLink link, String token, Duration timeout) {
        return connect(link.origin(), HttpClients.forLink(link, null), Map.of("token", token), timeout);
    }

    private static CompletableFuture<SignallingClient> connect(URI origin, OkHttpClient http, Map<String, String> auth,
                                                               Duration timeout) {
        IO.Options options = new IO.Options();
        options.transports = new String[] {WebSocket.NAME};
        options.upgrade = false;
        options.reconnection = false;
        options.forceNew = true;
        options.timeout = timeout.toMillis();
        options.auth = Map.copyOf(auth);
        options.webSocketFactory = http;
        options.callFactory = http;
        Socket socket = IO.socket(origin, options);
        SignallingClient client = new SignallingClient(socket, http);
        CompletableFuture<SignallingClient> connected = new CompletableFuture<>();
        socket.once(Socket.EVENT_CONNECT, args -> connected.complete(client));
        socket.once(Socket.EVENT_CONNECT_ERROR, args -> connected.completeExceptionally(connectFailed(origin, first(args))));
        socket.connect();
        return connected.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((c, e) -> {
                    if (e != null) {
                        client.close();
                    }
                });
    }

    /**
     * Emits {@code event} with {@code payload} and completes with the acknowledgement's object
     * when it says {@code ok: true}; fails with a {@link SignallingException} carrying the
     * server's error code, or {@code TIMEOUT} when no acknowledgement came in time.
     */
    public CompletableFuture<JSONObject> request(String event, JSONObject payload, Duration timeout) {
        CompletableFuture<JSONObject> answer = new CompletableFuture<>();
        if (!socket.connected()) {
            answer.completeExceptionally(new SignallingException(SignallingException.DISCONNECTED, event));
            return answer;
        }
        socket.emit(event, new Object[] {payload}, args -> {
            try {
                answer.complete(Acks.unwrap(args));
            } catch (SignallingException e) {
                answer.completeExceptionally(e);
            }
        });
        CompletableFuture<JSONObject> timer = new CompletableFuture<JSONObject>()
                .completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS);
        timer.thenRun(() -> answer.completeExceptionally(
                new SignallingException(SignallingException.TIMEOUT, event + " not acknowledged within " + timeout)));
        return answer;
    }

    /** Calls {@code listener} with each server event's object payload ({} when it carries none). */
    public void on(String event, Consumer<JSONObject> listener) {
        socket.on(event, args -> {
            try {
                listener.accept(first(args) instanceof JSONObject o ? o : new JSONObject());
            } catch (RuntimeException e) {
                LOG.warn("listener of {} failed", event, e);
            }
        });
    }

    /** Called once when the server or the network drops the connection (not after {@link #close()}). */
    public void onDisconnect(Consumer<String> listener) {
        socket.once(Socket.EVENT_DISCONNECT, args -> listener.accept(String.valueOf(first(args))));
    }

    public boolean connected() {
        return socket.connected();
    }

    @Override
    public void close() {
        socket.off();
        socket.close();
        HttpClients.release(http);
    }

    /**
     * {@code DISCONNECTED} with the failure as its cause: socket.io wraps TLS and network failures
     * in a bare "websocket error" whose cause says what happened; a server's refusal is an object.
     */
    private static SignallingException connectFailed(URI origin, Object error) {
        if (error instanceof Throwable t) {
            Throwable cause = t.getCause() != null ? t.getCause() : t;
            return new SignallingException(SignallingException.DISCONNECTED, "connect failed: " + t + " (" + cause + ")",
                    origin, cause);
        }
        return new SignallingException(SignallingException.DISCONNECTED, "connect failed: " + error, origin, null);
    }

    private static Object first(Object[] args) {
        return args == null || args.length == 0 ? null : args[0];
    }
}
