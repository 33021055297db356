/**
 * The UI's hosting adapter: {@link org.vtp.app.ui.service.HostingService} over
 * {@code org.vtp.client.host.ClassHost} (server, SFU and class started in this process). No views.
 */
package org.vtp.app.ui.embedded;
