/**
 * Classrooms as the account store keeps them: owner, name, join code and settings
 * ({@link org.vtp.server.classroom.ClassroomStore}, table {@code classrooms}). Live rooms (who is
 * connected, media) are {@code org.vtp.server.room}; a live room's id is its classroom id. Must not
 * import HTTP, netty or signalling.
 */
package org.vtp.server.classroom;
