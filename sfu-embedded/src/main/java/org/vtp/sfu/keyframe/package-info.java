/**
 * Keyframe requests towards a producer: consumers' PLI/FIR and new-consumer joins are aggregated
 * and rate-limited into one PLI or FIR at a time. Time is injected as {@code nowNanos}. Imports
 * only {@code org.vtp.sfu.rtcp}.
 */
package org.vtp.sfu.keyframe;
