/**
 * The desktop app's entry point ({@link org.vtp.app.VtpAppMain}): the window by default, or a
 * headless host or participant from the command line. The JavaFX screens live in
 * {@code org.vtp.app.ui}, reached by class name only.
 */
package org.vtp.app;
