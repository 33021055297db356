/**
 * The call view: a responsive grid of participant tiles rendering webrtc-java frames, own
 * preview, mute / camera / leave, device pickers and the connection state.
 */
package org.vtp.app.ui.call;
