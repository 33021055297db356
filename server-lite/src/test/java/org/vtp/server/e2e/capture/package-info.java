/**
 * Capturing what real clients send the SFU: a {@link org.vtp.sfu.api.RouterFactory} decorator that
 * records every offer, its mid map and the SFU's answer, so tests can keep real browsers' and
 * webrtc-java's offers as golden SDP (server-lite's test jar; used by the app's ITs too).
 */
package org.vtp.server.e2e.capture;
