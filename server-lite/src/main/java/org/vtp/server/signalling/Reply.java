package org.vtp.server.signalling;

import com.corundumstudio.socketio.AckRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.server.room.RoomException;
import org.vtp.sfu.api.SfuException;

/**
 * The one acknowledgement of one client event: {@code {ok:true, ...}} or
 * {@code {ok:false, error:{code, message}}}. Sends at most once; any thread.
 */
final class Reply {

    private static final ObjectMapper AS_MAP = new ObjectMapper();
    private static final long ANSWER_TIMEOUT_SECONDS = 5;

    private final CountDownLatch answered = new CountDownLatch(1);

    /** Work that answers an event; whatever it throws becomes an error answer. */
    @FunctionalInterface
    interface Action {
        ObjectNode run() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Reply.class);

    private final AckRequest ack;
    private final String event;
    private final AtomicBoolean sent = new AtomicBoolean();

    Reply(AckRequest ack, String event) {
        this.ack = ack;
        this.event = event;
    }

    static ObjectNode fields() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Runs the action and answers with its result or its failure. */
    void answer(Action action) {
        ObjectNode result;
        try {
            result = action.run();
        } catch (Exception | Error e) {
            fail(e);
            return;
        }
        ok(result);
    }

    void ok(ObjectNode result) {
        ObjectNode body = fields().put("ok", true);
        body.setAll(result);
        send(body);
    }

    void fail(Throwable failure) {
        ErrorCode code;
        if (failure instanceof SignallingException e) {
            code = e.code();
        } else if (failure instanceof RoomException e) {
            code = ErrorCode.of(e.reason());
        } else if (failure instanceof SfuException e) {
            code = ErrorCode.of(e.code());
        } else {
            LOG.error("{} failed", event, failure);
            error(ErrorCode.INTERNAL, "internal error; try again");
            return;
        }
        LOG.debug("{} refused: {} {}", event, code, failure.getMessage());
        error(code, failure.getMessage());
    }

    void error(ErrorCode code, String message) {
        ObjectNode body = fields().put("ok", false);
        body.putObject("error").put("code", code.name()).put("message", message);
        send(body);
    }

    /** netty-socketio's encoder drops Jackson tree nodes (they arrive empty): send Maps instead. */
    static Object wire(Object payload) {
        return payload instanceof ObjectNode node ? AS_MAP.convertValue(node, Map.class) : payload;
    }

    private void send(ObjectNode body) {
        if (sent.compareAndSet(false, true)) {
            if (ack.isAckRequested()) {
                ack.sendAckData(wire(body));
            }
            answered.countDown();
        }
    }

    /**
     * Blocks the listener until the answer is sent. netty-socketio acknowledges with an empty
     * answer as soon as a listener returns unanswered, so work handed to a room's executor must
     * finish first; room work takes milliseconds.
     */
    void awaitAnswer() {
        try {
            if (!answered.await(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{} not answered within {} s", event, ANSWER_TIMEOUT_SECONDS);
                error(ErrorCode.INTERNAL, "the server is busy; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(ErrorCode.INTERNAL, "interrupted");
        }
    }
}
