/**
 * Classrooms as the account store keeps them: owner, name, join code and settings. Live rooms
 * (who is connected, media) are {@code org.vtp.server.room}; a live room's id is its classroom id.
 */
package org.vtp.server.classroom;
