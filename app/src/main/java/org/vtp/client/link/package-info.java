/**
 * Join links ({@code https://<host>:<port>/join/<room>#fp=<sha-256 hex>}): parsing with
 * validation, and formatting. The certificate fingerprint rides in the fragment, which browsers
 * never send to a server. Plain Java: no JavaFX, no webrtc-java, no network.
 */
package org.vtp.client.link;
