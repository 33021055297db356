/**
 * Client-side media on webrtc-java: the {@link org.vtp.client.media.MediaEngine} that owns the
 * native factory and audio module, synthetic video and audio sources, and the
 * {@link org.vtp.client.media.FrameCounter} sink that checks what was decoded.
 *
 * <p>Must not import JavaFX, Socket.IO or anything of the server: the desktop UI and the
 * end-to-end tests both build on it. Known native traps of webrtc-java 0.14.0 (aborts, hangs) are
 * avoided here in one place; see {@code LIBRARY-NOTES.md}.
 */
package org.vtp.client.media;
