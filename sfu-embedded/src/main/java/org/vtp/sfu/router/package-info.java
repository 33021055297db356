/**
 * Routers: one room's transports and the directory of its producers. Creates and closes
 * transports; holds no media state of its own.
 */
package org.vtp.sfu.router;
