/**
 * Real browsers for the end-to-end tests of both modules (published in server-lite's test jar):
 * one {@link org.vtp.server.e2e.browser.BrowserPage} seam, headless Chromium driven by Selenium
 * through {@code /usr/bin/chromedriver}, and headless Firefox ESR driven by our own WebDriver BiDi
 * client (Debian has no geckodriver). Never a downloaded browser or driver; tests must not import
 * Selenium types through this seam so that every test runs in both engines.
 */
package org.vtp.server.e2e.browser;
