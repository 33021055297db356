package org.vtp.client.call;

import dev.onvoid.webrtc.RTCRtpReceiver;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.util.Optional;
import org.vtp.client.media.FrameCounter;

/**
 * A consumed remote producer: the ids the server gave it and the local receiving side. Video
 * tracks carry a {@link FrameCounter} already attached as a sink; add more sinks (a renderer) to
 * {@link #track()}.
 */
public record RemoteTrack(String consumerId, String producerId, String peerId, String kind,
                          RTCRtpTransceiver transceiver, FrameCounter frameCounter) {

    public RTCRtpReceiver receiver() {
        return transceiver.getReceiver();
    }

    public MediaStreamTrack track() {
        return receiver().getTrack();
    }

    public Optional<FrameCounter> counter() {
        return Optional.ofNullable(frameCounter);
    }
}
