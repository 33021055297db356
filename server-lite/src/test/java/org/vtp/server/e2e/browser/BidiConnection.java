package org.vtp.server.e2e.browser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A WebDriver BiDi session over one WebSocket (W3C WebDriver BiDi, "Transport" and "Protocol"):
 * commands {@code {id, method, params}} answered by {@code {type: "success", id, result}} or
 * {@code {type: "error", id, error, message}}; events {@code {type: "event", method, params}}.
 * Every command has a deadline.
 */
final class BidiConnection implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private final WebSocket socket;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<JsonNode>> eventHandlers = new ConcurrentHashMap<>();

    private BidiConnection(WebSocket.Builder builder, URI uri) {
        this.socket = builder.buildAsync(uri, new Receiver()).join();
    }

    /** Connects to a BiDi endpoint such as {@code ws://127.0.0.1:PORT/session}. */
    static BidiConnection connect(URI uri) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new BidiConnection(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)), uri);
    }

    /** Runs one command and returns its {@code result}; a BiDi error becomes an exception with its message. */
    JsonNode send(String method, Map<String, ?> params, Duration timeout) {
        long id = nextId.getAndIncrement();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (socket) {
                socket.sendText(command.toString(), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("BiDi " + method + ": no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new IllegalStateException("BiDi " + method + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("BiDi " + method + ": interrupted", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Calls {@code handler} on the WebSocket thread for every event named {@code method}. */
    void onEvent(String method, Consumer<JsonNode> handler) {
        eventHandlers.put(method, handler);
    }

    @Override
    public void close() {
        socket.abort();
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("connection closed")));
    }

    private void dispatch(JsonNode message) {
        String type = message.path("type").asText();
        if ("event".equals(type)) {
            Consumer<JsonNode> handler = eventHandlers.get(message.path("method").asText());
            if (handler != null) {
                handler.accept(message.path("params"));
            }
            return;
        }
        CompletableFuture<JsonNode> answer = pending.get(message.path("id").asLong(-1));
        if (answer == null) {
            return;
        }
        if ("success".equals(type)) {
            answer.complete(message.path("result"));
        } else {
            answer.completeExceptionally(new IllegalStateException(
                    message.path("error").asText() + ": " + message.path("message").asText()));
        }
    }

    /** Reassembles fragmented text frames into messages. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    dispatch(JSON.readTree(text));
                } catch (Exception e) {
                    // A message we cannot read answers no command; the command's deadline reports it.
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("closed: " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
