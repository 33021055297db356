/**
 * The host's TLS identity: a self-signed certificate created once with Bouncy Castle, kept in the
 * data directory and reused across restarts, and its SHA-256 fingerprint that join links carry so
 * clients can pin it. Knows nothing of rooms, signalling or HTTP routes.
 */
package org.vtp.server.tls;
