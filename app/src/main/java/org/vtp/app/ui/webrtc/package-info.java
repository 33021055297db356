/**
 * The UI ports over webrtc-java and the client library: {@link org.vtp.app.ui.webrtc.WebRtcCallService}
 * (CallSession + MediaEngine) and {@link org.vtp.app.ui.webrtc.WebRtcDeviceCatalog}. No JavaFX here.
 */
package org.vtp.app.ui.webrtc;
