/** The settings screen: display name, default camera and microphone, recent servers. */
package org.vtp.app.ui.settings;
