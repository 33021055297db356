/** Hand-written fakes of the SFU API for server tests: no media, synchronous listener calls. */
package org.vtp.server.fake;
