/**
 * The desktop app without a window ({@code --host}, {@code --join}): a participant that sends a
 * synthetic camera and tone and counts what it receives, for scripted classrooms and tests. Uses
 * the client library only; no JavaFX.
 */
package org.vtp.app.headless;
