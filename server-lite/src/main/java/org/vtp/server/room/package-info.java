/**
 * Rooms: who is in which class, each peer's SFU transport, its producers (tracks) and consumers.
 * One SFU router per room, created on the first join and closed when the room empties. Every room's
 * state is confined to the room's serial executor; SFU callbacks are posted onto it. Knows the SFU
 * API only; must not import Socket.IO, netty or HTTP types.
 */
package org.vtp.server.room;
