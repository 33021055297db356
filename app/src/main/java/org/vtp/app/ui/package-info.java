/**
 * The JavaFX desktop app (MVVM): {@link org.vtp.app.ui.VtpDesktopApp} is the entry class,
 * {@link org.vtp.app.ui.MainWindow} switches screens. Each feature package holds
 * {@code FooView} + {@code FooView.fxml} + {@code FooViewModel}; ViewModels reach the outside only
 * through the ports in {@link org.vtp.app.ui.service}. Nothing in {@code org.vtp.client} may
 * import this package.
 */
package org.vtp.app.ui;
