/**
 * Future-based wrappers around webrtc-java's callback API of {@code RTCPeerConnection}
 * (descriptions, statistics). No JavaFX, no signalling.
 */
package org.vtp.client.peer;
