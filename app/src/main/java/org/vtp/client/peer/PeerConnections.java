package org.vtp.client.peer;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCRtpReceiver;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous calls of {@link RTCPeerConnection} as {@link CompletableFuture}s. They complete
 * on libwebrtc's signalling thread: callers hop to their own executor before doing more than a
 * few field writes, and put a timeout on every wait.
 */
public final class PeerConnections {
    private PeerConnections() {
    }

    public static CompletableFuture<RTCSessionDescription> createOffer(RTCPeerConnection pc) {
        CompletableFuture<RTCSessionDescription> result = new CompletableFuture<>();
        pc.createOffer(new RTCOfferOptions(), createObserver(result, "createOffer"));
        return result;
    }

    public static CompletableFuture<RTCSessionDescription> createAnswer(RTCPeerConnection pc) {
        CompletableFuture<RTCSessionDescription> result = new CompletableFuture<>();
        pc.createAnswer(new RTCAnswerOptions(), createObserver(result, "createAnswer"));
        return result;
    }

    public static CompletableFuture<Void> setLocal(RTCPeerConnection pc, RTCSessionDescription description) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        pc.setLocalDescription(description, setObserver(result, "setLocalDescription"));
        return result;
    }

    public static CompletableFuture<Void> setRemote(RTCPeerConnection pc, RTCSessionDescription description) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        pc.setRemoteDescription(description, setObserver(result, "setRemoteDescription"));
        return result;
    }

    /** The whole connection's statistics. */
    public static CompletableFuture<RTCStatsReport> stats(RTCPeerConnection pc) {
        CompletableFuture<RTCStatsReport> result = new CompletableFuture<>();
        pc.getStats(result::complete);
        return result;
    }

    /** Statistics filtered to one receiver's track (inbound-rtp, codec, transport...). */
    public static CompletableFuture<RTCStatsReport> stats(RTCPeerConnection pc, RTCRtpReceiver receiver) {
        CompletableFuture<RTCStatsReport> result = new CompletableFuture<>();
        pc.getStats(receiver, result::complete);
        return result;
    }

    private static CreateSessionDescriptionObserver createObserver(
            CompletableFuture<RTCSessionDescription> result, String what) {
        return new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                result.complete(description);
            }

            @Override
            public void onFailure(String error) {
                result.completeExceptionally(new IllegalStateException(what + " failed: " + error));
            }
        };
    }

    private static SetSessionDescriptionObserver setObserver(CompletableFuture<Void> result, String what) {
        return new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                result.complete(null);
            }

            @Override
            public void onFailure(String error) {
                result.completeExceptionally(new IllegalStateException(what + " failed: " + error));
            }
        };
    }
}
