/** The hosting panel: the join link, its QR code, the certificate fingerprint, stop hosting. */
package org.vtp.app.ui.hosting;
