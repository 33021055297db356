package org.vtp.client.media;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;

/**
 * The primary screen through {@link Robot#createScreenCapture}. libwebrtc's own desktop
 * capturers crash the JVM on Linux in webrtc-java 0.14.0 (LIBRARY-NOTES), hence AWT.
 */
public final class RobotScreenGrabber implements ScreenGrabber {
    private final Robot robot;
    private final Rectangle bounds;

    private RobotScreenGrabber(Robot robot, Rectangle bounds) {
        this.robot = robot;
        this.bounds = bounds;
    }

    /** Fails when there is no screen to capture (headless JVM, no display). */
    public static RobotScreenGrabber primaryScreen() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("no screen to share (headless)");
        }
        try {
            Rectangle bounds = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
            return new RobotScreenGrabber(new Robot(), bounds);
        } catch (AWTException e) {
            throw new IllegalStateException("screen capture is not allowed here", e);
        }
    }

    @Override
    public BufferedImage grab() {
        return robot.createScreenCapture(bounds);
    }
}
