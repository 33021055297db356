/**
 * Ports of the desktop UI: the small interfaces and records through which ViewModels reach
 * hosting, calls, settings and devices. JavaFX-free, so ViewModels are tested with hand-written
 * fakes and the integrator wires real adapters in {@link org.vtp.app.ui.VtpDesktopApp}.
 * Must not import javafx or the view packages.
 */
package org.vtp.app.ui.service;
