/**
 * Plain HTTP on the Socket.IO port: health, the REST API under {@code /api/v1} (accounts, rooms,
 * admin: {@link org.vtp.server.http.ApiRouter}, src-docs/rest-api.md), the live room view, the
 * browser client page and its static files, all on one origin (protocol.md, "HTTP on the same
 * origin"). A netty handler placed in netty-socketio's pipeline; blocking API work runs on the API
 * executor, never on the event loop. Reads rooms through {@code org.vtp.server.room}, never signalling.
 */
package org.vtp.server.http;
