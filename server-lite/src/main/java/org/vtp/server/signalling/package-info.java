/**
 * Socket.IO signalling (src-docs/protocol.md): authenticates each connection at the handshake,
 * validates and authorises every client event, runs it on the room's serial executor, answers
 * exactly one acknowledgement and tells the other peers. Depends on {@code org.vtp.server.room},
 * {@code auth}, {@code access}, {@code classroom} and the SFU API; knows nothing of HTTP routes.
 */
package org.vtp.server.signalling;
