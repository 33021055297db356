/** Test helpers: a blocking Socket.IO test client and bounded polling. */
package org.vtp.server.testing;
