package org.vtp.app.ui.webrtc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vtp.app.ui.service.CallEvents;
import org.vtp.app.ui.service.ConnectionState;
import org.vtp.client.call.CallListener;
import org.vtp.client.call.RemoteTrack;

/**
 * One leg's session events, routed to its {@link WebRtcCall} and the call's {@link CallRoster};
 * everything is ignored once the leg is no longer the call's current one ({@code mine} is the
 * leg's generation).
 */
final class LegEvents implements CallListener {
    private static final Logger LOG = LoggerFactory.getLogger(LegEvents.class);

    private final WebRtcCall call;
    private final CallRoster roster;
    private final int mine;

    LegEvents(WebRtcCall call, CallRoster roster, int mine) {
        this.call = call;
        this.roster = roster;
        this.mine = mine;
    }

    @Override
    public void onPeerJoined(String peerId, String displayName) {
        if (call.current(mine)) {
            roster.peerJoined(peerId, displayName);
        }
    }

    @Override
    public void onPeerLeft(String peerId) {
        if (call.current(mine)) {
            roster.peerLeft(peerId);
        }
    }

    @Override
    public void onRemoteTrack(RemoteTrack track) {
        if (call.current(mine)) {
            roster.remoteTrack(track);
        }
    }

    @Override
    public void onRemoteTrackEnded(RemoteTrack track) {
        if (call.current(mine)) {
            roster.remoteTrackEnded(track);
        }
    }

    @Override
    public void onProducerPaused(String peerId, String producerId, String kind, boolean paused) {
        if (call.current(mine)) {
            roster.paused(peerId, kind, paused);
        }
    }

    @Override
    public void onTransportState(String transport) {
        call.transportState(mine, transport);
    }

    @Override
    public void onRoomClosed(String reason) {
        call.finish(mine, ConnectionState.ENDED, null);
    }

    @Override
    public void onRemoved(String reason) {
        call.finish(mine, ConnectionState.LOST, "You were removed from the class");
    }

    @Override
    public void onSignallingClosed(String reason) {
        call.connectionLost(mine, "signalling " + reason);
    }

    @Override
    public void onPeerConnectionFailed() {
        call.connectionLost(mine, "peer connection failed");
    }

    @Override
    public void onMediaInterrupted(boolean interrupted) {
        call.mediaInterrupted(mine, interrupted);
    }

    @Override
    public void onError(Throwable error) {
        LOG.debug("call problem", error);
        CallEvents events = roster.events();
        if (events != null && call.current(mine)) {
            events.onProblem(String.valueOf(error.getMessage()));
        }
    }
}
