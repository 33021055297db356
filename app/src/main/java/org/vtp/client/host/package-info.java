/**
 * Hosting a class from the desktop app: the SFU and the VTP server started in this process with
 * HTTPS on (the kept self-signed certificate), and the join links that pin it. JavaFX-free: the
 * UI calls {@link org.vtp.client.host.ClassHost#start} off the FX thread and shows what the
 * returned {@link org.vtp.client.host.HostedClass} offers.
 */
package org.vtp.client.host;
