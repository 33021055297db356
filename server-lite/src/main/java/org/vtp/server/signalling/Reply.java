package org.vtp.server.signalling;

import com.corundumstudio.socketio.AckRequest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private void send(ObjectNode body) {
        if (sent.compareAndSet(false, true) && ack.isAckRequested()) {
            ack.sendAckData(body);
        }
    }
}
