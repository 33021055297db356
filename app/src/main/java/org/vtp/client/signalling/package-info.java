/**
 * The client side of VTP's Socket.IO signalling ({@code src-docs/protocol.md}): requests with
 * acknowledgements mapped to futures, and server-event listeners. Transport only: it knows no
 * event semantics (those live in {@code org.vtp.client.call}). No JavaFX, no webrtc-java.
 */
package org.vtp.client.signalling;
