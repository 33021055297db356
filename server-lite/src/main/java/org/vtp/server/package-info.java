/**
 * The VTP server's entry points: the command line ({@link org.vtp.server.VtpServerMain}), its
 * validated configuration ({@link org.vtp.server.ServerConfig}) and the embeddable server
 * ({@link org.vtp.server.VtpServer}) that wires HTTP, signalling and rooms on one port. Talks to the
 * SFU only through {@code org.vtp.sfu.api} (and starts {@code org.vtp.sfu.Sfu} from the command line).
 */
package org.vtp.server;
