/**
 * Counting attempts per key (an account, an address) over a sliding window, to slow down password
 * and join-code guessing. Pure logic on an injected clock; knows no HTTP and no database.
 */
package org.vtp.server.throttle;
