package org.vtp.server.signalling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Supplier;
import org.vtp.server.access.RoomAction;
import org.vtp.server.room.Peer;
import org.vtp.server.room.Room;
import org.vtp.server.room.Track;
import org.vtp.server.signalling.SignallingService.RoomCall;
import org.vtp.sfu.api.Consumer;
import org.vtp.sfu.api.MediaKind;
import org.vtp.sfu.api.SfuException;

/**
 * The media events of a joined peer (protocol.md): produce, consume, connect-transport,
 * ice-candidate, close-producer, close-consumer, pause-producer. Run on the room's executor.
 */
final class MediaEvents {

    static final int MAX_ID = 64;
    static final int MAX_SDP = 100_000;
    static final int MAX_MIDS = 64;
    static final int MAX_CANDIDATE = 1024;

    private final Supplier<String> ids;

    MediaEvents(Supplier<String> ids) {
        this.ids = ids;
    }

    ObjectNode produce(RoomCall call) throws Exception {
        Payload payload = Payload.of(call.data(), "kind");
        MediaKind kind = MediaKind.fromSdpName(payload.string("kind", 1, 16));
        Track track = call.room().produce(call.peer(), ids.get(), kind);
        return Reply.fields().put("producerId", track.id());
    }

    ObjectNode consume(RoomCall call) throws Exception {
        Payload payload = Payload.of(call.data(), "producerId");
        String producerId = payload.string("producerId", 1, MAX_ID);
        Consumer consumer = call.room().consume(call.peer(), ids.get(), producerId);
        String ownerId = call.room().ownerOf(producerId).map(Peer::id).orElseThrow();
        return Reply.fields().put("consumerId", consumer.id()).put("producerId", producerId)
                .put("peerId", ownerId).put("kind", consumer.kind().sdpName());
    }

    ObjectNode connectTransport(RoomCall call) throws Exception {
        Payload payload = Payload.of(call.data(), "sdp", "mids");
        String sdp = payload.string("sdp", 1, MAX_SDP);
        // The SFU checks every id against this peer's own transport (an unknown one is NOT_FOUND,
        // answered INVALID_ARGUMENT below); it also knows consumers that ended meanwhile.
        Map<String, String> mids = payload.stringMap("mids", MAX_MIDS, MAX_ID);
        Room.OfferResult result;
        try {
            result = call.room().applyOffer(call.peer(), sdp, mids);
        } catch (SfuException e) {
            if (e.code() == SfuException.Code.NOT_FOUND) {
                throw SignallingException.invalid(e.getMessage());
            }
            throw e;
        }
        for (Track track : result.newlyBound()) {
            Events.tellOthers(call.room(), call.peer().id(), Events.NEW_PRODUCER,
                    Events.newProducer(call.peer(), track));
        }
        return Reply.fields().put("sdp", result.answerSdp());
    }

    ObjectNode iceCandidate(RoomCall call) throws Exception {
        Payload payload = Payload.of(call.data(), "candidate", "sdpMid", "sdpMLineIndex", "usernameFragment");
        String candidate = payload.string("candidate", 0, MAX_CANDIDATE);
        payload.optionalString("sdpMid", 0, MAX_ID);
        payload.optionalInt("sdpMLineIndex", 0, MAX_MIDS);
        payload.optionalString("usernameFragment", 0, 256);
        if (candidate.isEmpty()) {
            return Reply.fields();
        }
        if (!candidate.startsWith("candidate:") && !candidate.startsWith("a=candidate:")) {
            throw SignallingException.invalid("candidate must start with 'candidate:'");
        }
        call.peer().transport().addRemoteCandidate(candidate);
        return Reply.fields();
    }

    /** Own producers; a moderator may close anyone's, and its owner is told like everyone else. */
    ObjectNode closeProducer(RoomCall call) throws Exception {
        String producerId = Payload.of(call.data(), "producerId").string("producerId", 1, MAX_ID);
        Peer owner = call.room().ownerOf(producerId)
                .orElseThrow(() -> new SignallingException(ErrorCode.NOT_FOUND, "no producer " + producerId));
        boolean own = owner == call.peer();
        call.require(own ? RoomAction.CLOSE_OWN_PRODUCER : RoomAction.CLOSE_OTHER_PRODUCER);
        Track track = call.room().closeProducer(owner, producerId);
        if (track.isAnnounced()) {
            Events.tellOthers(call.room(), owner.id(), Events.PRODUCER_CLOSED, Events.producerClosed(owner, track));
        }
        if (!own) {
            owner.channel().send(Events.PRODUCER_CLOSED, Events.producerClosed(owner, track));
        }
        return Reply.fields();
    }

    ObjectNode closeConsumer(RoomCall call) throws Exception {
        String consumerId = Payload.of(call.data(), "consumerId").string("consumerId", 1, MAX_ID);
        call.room().closeConsumer(call.peer(), consumerId);
        return Reply.fields();
    }

    ObjectNode pauseProducer(RoomCall call) throws Exception {
        Payload payload = Payload.of(call.data(), "producerId", "paused");
        String producerId = payload.string("producerId", 1, MAX_ID);
        boolean paused = payload.bool("paused");
        boolean own = call.peer().track(producerId).isPresent();
        if (!own && call.room().ownerOf(producerId).isPresent()) {
            call.require(RoomAction.PAUSE_OTHER_PRODUCER);
        }
        Room.PauseResult result = call.room().pauseProducer(call.peer(), producerId, paused);
        if (result.changed() && result.track().isAnnounced()) {
            Events.tellOthers(call.room(), call.peer().id(), Events.PRODUCER_PAUSED,
                    Events.producerPaused(call.peer(), result.track()));
        }
        return Reply.fields();
    }
}
