/**
 * Whom the app's HTTPS connections trust: one {@link org.vtp.client.tls.ServerTrust} decision
 * (a pinned certificate, else the JVM's certificate authorities) for REST, Socket.IO and the
 * server probe alike, and failures that say why a certificate was refused (unknown to every
 * authority, or changed since it was pinned). Plain Java and OkHttp: no JavaFX, no signalling.
 */
package org.vtp.client.tls;
