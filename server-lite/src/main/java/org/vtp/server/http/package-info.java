/**
 * Plain HTTP on the Socket.IO port: health, the rooms API, the browser client page and its static
 * files, all on one origin (protocol.md, "HTTP on the same origin"). A netty handler placed in
 * netty-socketio's pipeline; reads rooms through {@code org.vtp.server.room}, never signalling.
 */
package org.vtp.server.http;
