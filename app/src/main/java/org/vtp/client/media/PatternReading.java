package org.vtp.client.media;

/**
 * What {@link TestPattern#read} saw in one picture.
 *
 * @param barsMatch   all eight colour bars within tolerance of their reference colours
 * @param frameNumber the counter band's value (the sender's frame number modulo 2^16)
 */
public record PatternReading(boolean barsMatch, long frameNumber) {
}
