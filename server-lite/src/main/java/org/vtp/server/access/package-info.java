/**
 * Who may do what in a live classroom: the rules (a pure policy over principal, classroom and
 * action) and the per-room state they need beyond the store (the teacher's live lock, the list of
 * removed participants). Depends on {@code auth} and {@code classroom} only; knows nothing of
 * Socket.IO, HTTP or the SFU.
 */
package org.vtp.server.access;
