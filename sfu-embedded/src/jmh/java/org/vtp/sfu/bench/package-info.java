/**
 * JMH benchmarks of the SFU forward path (SRTP unprotect, per-consumer copy, header-extension
 * strip, rewrite, SRTP protect), built only with the Maven profile {@code -Pbench}. Method and
 * results: {@code src-docs/benchmarks.md}. Not part of the SFU: nothing in main may import it.
 */
package org.vtp.sfu.bench;
