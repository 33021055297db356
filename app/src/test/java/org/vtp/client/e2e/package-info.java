/**
 * End-to-end tests of the client library against the real VTP server and SFU embedded on
 * loopback: webrtc-java participants with synthetic media, and headless Chromium pages running
 * the server's browser client. Every wait is bounded; everything started here is closed here.
 */
package org.vtp.client.e2e;
