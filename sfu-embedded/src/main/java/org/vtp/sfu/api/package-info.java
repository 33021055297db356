/**
 * The SFU's one public door: an embedding control plane (server-lite) creates routers, transports,
 * producers and consumers through these interfaces and records, and learns of state changes through
 * listeners. Nothing here knows of users, HTTP, JSON or Socket.IO; nothing outside
 * {@code org.vtp.sfu} may import any other SFU package.
 */
package org.vtp.sfu.api;
