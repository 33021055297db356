/**
 * Socket.IO signalling (src-docs/protocol.md): validates every client event, runs it on the room's
 * serial executor, answers exactly one acknowledgement and tells the other peers. Depends on
 * {@code org.vtp.server.room} and the SFU API; knows nothing of HTTP routes.
 */
package org.vtp.server.signalling;
