/**
 * Browser end-to-end tests: real headless Chromium (Selenium driving {@code /usr/bin/chromium}
 * through {@code /usr/bin/chromedriver}, never a downloaded browser or driver) against the browser
 * client served by the VTP server ({@link org.vtp.server.e2e.E2eServer}) or, before the server is
 * integrated, by a small static test server ({@link org.vtp.server.e2e.StaticWebServer}).
 * Loopback only. Must not be imported by main code.
 */
package org.vtp.server.e2e;
