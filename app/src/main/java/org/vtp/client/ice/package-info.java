/**
 * How the client's peer connections gather and announce ICE candidates, including the loopback
 * mode that tests use (libwebrtc never gathers 127.0.0.1 on its own).
 *
 * <p>Depends on webrtc-java types only; no JavaFX, no signalling.
 */
package org.vtp.client.ice;
