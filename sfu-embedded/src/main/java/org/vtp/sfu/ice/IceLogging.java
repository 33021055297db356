package org.vtp.sfu.ice;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ice4j and jitsi-utils log every candidate pair and state change through java.util.logging at
 * INFO, straight to stderr: per-connection noise, not operator information. Unless the
 * application configured JUL itself, raise those loggers to WARNING.
 */
public final class IceLogging {

    /** JUL holds loggers weakly: keep them, or the level set here is lost to the GC. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.ice4j"), Logger.getLogger("org.jitsi"));

    private IceLogging() {
    }

    public static void quietUnlessConfigured() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        for (Logger logger : QUIETED) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
    }
}
