package org.vtp.client.call;

import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.json.JSONObject;
import org.vtp.client.peer.PeerConnections;
import org.vtp.client.signalling.Json;

/**
 * Serialised offer/answer rounds (protocol.md "Media model"): the client always offers, one offer
 * in flight at a time. A round is createOffer, setLocalDescription, {@code connect-transport}
 * {sdp, mids}, setRemoteDescription(answer). Changes requested while a round runs are covered by
 * exactly one following round.
 *
 * <p>Confined to the session's serial executor: every method is called there.
 */
final class Negotiator {
    private final RTCPeerConnection pc;
    private final Executor serial;
    private final Function<JSONObject, CompletableFuture<JSONObject>> connectTransport;
    private final Runnable onFirstAnswer;
    private final BooleanSupplier closed;
    private final Map<RTCRtpTransceiver, String> boundIds = new LinkedHashMap<>();
    private CompletableFuture<Void> queued;
    private boolean running;
    private boolean answered;

    /** @param closed whether the session closed the peer connection (then no stage may touch it) */
    Negotiator(RTCPeerConnection pc, Executor serial,
               Function<JSONObject, CompletableFuture<JSONObject>> connectTransport, Runnable onFirstAnswer,
               BooleanSupplier closed) {
        this.pc = pc;
        this.closed = closed;
        this.serial = serial;
        this.connectTransport = connectTransport;
        this.onFirstAnswer = onFirstAnswer;
    }

    /** Names the producer or consumer id that {@code transceiver}'s mid carries in the next offers. */
    void bind(RTCRtpTransceiver transceiver, String id) {
        boundIds.put(transceiver, id);
    }

    void unbind(RTCRtpTransceiver transceiver) {
        boundIds.remove(transceiver);
    }

    boolean answered() {
        return answered;
    }

    /** Completes when a round that started after this call has been answered and applied. */
    CompletableFuture<Void> request() {
        if (queued == null) {
            queued = new CompletableFuture<>();
        }
        CompletableFuture<Void> mine = queued;
        if (!running) {
            startRound();
        }
        return mine;
    }

    private void startRound() {
        CompletableFuture<Void> round = queued;
        queued = null;
        running = true;
        offerRound().whenCompleteAsync((v, error) -> {
            running = false;
            if (error != null) {
                round.completeExceptionally(error);
            } else {
                round.complete(null);
            }
            if (queued != null) {
                startRound();
            }
        }, serial);
    }

    /**
     * Every stage first checks that the session is still open: a closed peer connection has freed
     * its native transceivers, and touching them crashes the JVM.
     */
    private CompletableFuture<Void> offerRound() {
        if (closed.getAsBoolean()) {
            return CompletableFuture.failedFuture(new CancellationException("the session is closed"));
        }
        return PeerConnections.createOffer(pc)
                .thenComposeAsync(offer -> PeerConnections.setLocal(pc, open(offer)).thenApply(v -> offer), serial)
                .thenComposeAsync(offer -> connectTransport.apply(
                        Json.object("sdp", open(offer).sdp, "mids", midsPayload())), serial)
                .thenComposeAsync(ack -> PeerConnections.setRemote(pc,
                        new RTCSessionDescription(RTCSdpType.ANSWER, Json.string(open(ack), "sdp"))), serial)
                .thenRunAsync(this::markAnswered, serial);
    }

    private <T> T open(T value) {
        if (closed.getAsBoolean()) {
            throw new CancellationException("the session is closed");
        }
        return value;
    }

    /** mid → id for every bound, live transceiver; mids exist once the offer is set locally. */
    private JSONObject midsPayload() {
        JSONObject mids = new JSONObject();
        boundIds.forEach((transceiver, id) -> {
            String mid = transceiver.getMid();
            if (mid != null && !transceiver.stopped()) {
                Json.put(mids, mid, id);
            }
        });
        return mids;
    }

    private void markAnswered() {
        if (!answered) {
            answered = true;
            onFirstAnswer.run();
        }
    }
}
