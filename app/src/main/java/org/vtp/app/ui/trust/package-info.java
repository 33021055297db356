/**
 * Trust on first use before a join: the server check, the question "Is this the code your teacher
 * shows?" for an unknown certificate, the loud warning for a changed one, and the pins remembered
 * per {@code host:port}. ViewModel-side classes know no View; the prompt's View is a small window.
 */
package org.vtp.app.ui.trust;
