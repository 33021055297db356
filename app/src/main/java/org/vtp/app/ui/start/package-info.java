/** The start screen: host a class, or join one by link or by server address and code. */
package org.vtp.app.ui.start;
