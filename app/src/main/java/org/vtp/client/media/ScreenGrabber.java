package org.vtp.client.media;

import java.awt.image.BufferedImage;

/**
 * Takes one picture of what is to be shared. Production uses {@link RobotScreenGrabber}; tests
 * inject a generated image (a headless JVM has no screen for {@code Robot}).
 */
@FunctionalInterface
public interface ScreenGrabber {
    BufferedImage grab();
}
