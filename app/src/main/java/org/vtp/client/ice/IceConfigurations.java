package org.vtp.client.ice;

import dev.onvoid.webrtc.PortAllocatorConfig;
import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCRtcpMuxPolicy;

/** Builds the {@link RTCConfiguration} of a client peer connection for a {@link NetworkMode}. */
public final class IceConfigurations {
    private IceConfigurations() {
    }

    /**
     * BUNDLE and rtcp-mux are required (one SFU transport per participant); no STUN/TURN servers
     * yet. TCP candidates are off: the SFU listens on UDP only.
     */
    public static RTCConfiguration create(NetworkMode mode) {
        RTCConfiguration config = new RTCConfiguration();
        config.bundlePolicy = RTCBundlePolicy.MAX_BUNDLE;
        config.rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        int flags = PortAllocatorConfig.PORTALLOCATOR_DISABLE_TCP;
        if (mode == NetworkMode.LOOPBACK) {
            flags |= PortAllocatorConfig.PORTALLOCATOR_DISABLE_ADAPTER_ENUMERATION
                    | PortAllocatorConfig.PORTALLOCATOR_DISABLE_STUN
                    | PortAllocatorConfig.PORTALLOCATOR_DISABLE_RELAY;
        }
        config.portAllocatorConfig = new PortAllocatorConfig(0, 0, flags);
        return config;
    }
}
